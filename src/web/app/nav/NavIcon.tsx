// Small line icons for the tabs: a shape to find by habit, always next to its word (never the icon alone).
import type { DestinationId } from "./destinations";

const paths: Record<DestinationId | "more", string> = {
  // A sun rising: the day so far.
  today: "M4 17h16M7 17a5 5 0 0 1 10 0M12 5v3M5.6 8.6l2 2M18.4 8.6l-2 2",
  // Seven bars of a week.
  week: "M5 19V11M9 19V7M13 19V13M17 19V9M3 19h18",
  // A clock turning back.
  history: "M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4M12 8v4l3 2",
  // An open book.
  guide: "M12 6c-2-1.5-5-2-8-1.5v13c3-.5 6 0 8 1.5 2-1.5 5-2 8-1.5v-13c-3-.5-6 0-8 1.5Zm0 0v13",
  // Two people side by side.
  family:
    "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM17 12a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM2.5 20c.5-4 2.8-6 5.5-6s5 2 5.5 6M14 20c.3-3 1.4-5 3-5s3 2 3.5 5",
  // A heart: how the person is.
  wellbeing: "M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10Z",
  // A magnifier over a map pin.
  directory:
    "M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM20 20l-4-4M11 8.5a2 2 0 0 1 2 2c0 1.5-2 3.5-2 3.5s-2-2-2-3.5a2 2 0 0 1 2-2Z",
  // A card with lines: the practice's listing.
  myListing: "M4 5h16v14H4zM8 9h8M8 13h5",
  // A check in a box.
  moderation: "M4 4h16v16H4zM8 12l3 3 5-6",
  // Folders side by side: the families in care.
  caseload: "M3 7h6l2 2h10v10H3zM3 7V5h6",
  // A lamp of learning: an open book with a line.
  learn: "M4 5h7a2 2 0 0 1 2 2v12a2 2 0 0 0-2-2H4zM20 5h-5a2 2 0 0 0-2 2",
  settings:
    "M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM19 12h2M3 12h2M12 3v2M12 19v2M17 7l1.4-1.4M5.6 18.4 7 17M17 17l1.4 1.4M5.6 5.6 7 7",
  admin: "M12 3l8 3v6c0 4.5-3.4 8-8 9-4.6-1-8-4.5-8-9V6Z",
  signIn: "M10 17l5-5-5-5M15 12H3M14 4h5a1 1 0 0 1 1 1v14a1 1 0 0 1-1 1h-5",
  signUp: "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM2 21c.6-4.5 3.4-7 7-7 2 0 3.7.8 4.9 2.2M19 14v6M16 17h6",
  // Three dots.
  more: "M5 12h.01M12 12h.01M19 12h.01",
};

export function NavIcon({ name }: { name: DestinationId | "more" }) {
  return (
    <svg
      className="nav-icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      strokeWidth={name === "more" ? 3.5 : 1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
