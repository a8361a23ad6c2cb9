// Home for someone whose work is not a family log: a clinician starts at the caseload, a moderator at the
// moderation queue, and anyone else with no family yet at their check-ins.
import { Navigate } from "react-router";
import { useMe } from "../api/account";

export default function Home() {
  const role = useMe().data?.user.role;
  if (!role) return null; // RequireSignedIn only renders this page once the account is known
  const to =
    role === "clinician" ? "/caseload" : role === "moderator" ? "/directory/moderation" : "/wellbeing";
  return <Navigate to={to} replace />;
}
