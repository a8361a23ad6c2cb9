// The route's entry: loads the catalogue and styles, then the renderer.
import CheckIn from "./CheckIn";
import "../../i18n/wellbeing";
import "../../styles/wellbeing.css";

export default CheckIn;
