// What stays pinned on every screen for a caregiver with a log: care going on now (src/web/pages/running).
// Loaded only for them, so the sign-in screen's bundle never carries the log database.
import { LogProvider, useLogGate } from "../log/LogContext";
import { RunningBar } from "../pages/running/RunningBar";
import "../i18n/log"; // the bar shows on pages outside the log, before its layout has loaded
import "../styles/running.css";

export default function PinnedLog() {
  const gate = useLogGate();
  if (gate.kind !== "ready") return null;
  return (
    <LogProvider value={gate.value}>
      <RunningBar />
    </LogProvider>
  );
}
