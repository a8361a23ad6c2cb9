// Thought records (src/domain/thought-record.ts): the caregiver's own list, a new record and an edit of one,
// under /thoughts. Private to the person who writes them; one can be marked shared with the family's care team.
import { Navigate, Route, Routes } from "react-router";
import { ThoughtEditor } from "./ThoughtEditor";
import { ThoughtList } from "./ThoughtList";
import "../../i18n/thoughts";
import "../../styles/thoughts.css";

export default function ThoughtsPage() {
  return (
    <Routes>
      <Route index element={<ThoughtList />} />
      <Route path="new" element={<ThoughtEditor key="new" />} />
      <Route path=":id" element={<ThoughtEditor />} />
      <Route path="*" element={<Navigate to="/thoughts" replace />} />
    </Routes>
  );
}
