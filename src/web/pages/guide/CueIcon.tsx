// A cue's line drawing. Decorative: the words beside it carry the meaning, so screen readers skip it, and
// it is drawn in currentColor so it follows the light and night themes.
import { type IconKey, iconStroke, icons } from "../../../content/cues/index";

export function CueIcon({ icon }: { icon: IconKey }) {
  const { viewBox, paths } = icons[icon];
  return (
    <svg
      className="cue-icon"
      aria-hidden="true"
      focusable="false"
      viewBox={viewBox}
      width="48"
      height="48"
      {...iconStroke}
    >
      {paths.map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
