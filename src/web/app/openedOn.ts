/**
 * The pages people open the app on most, and the code each needs, named by module (under src/web). Two
 * readers: the app starts loading a page's code as it starts (lazyPages.ts), and the build lists each page's
 * files (scripts/page-preloads.ts) so that the server names them in the HTML it answers with, and a phone
 * downloads them alongside the main script instead of after it.
 */
export const openedOn = [
  { path: "^/$", modules: ["pages/LogLayout.tsx", "app/PinnedLog.tsx", "pages/Today.tsx"] },
  { path: "^/week$", modules: ["pages/LogLayout.tsx", "app/PinnedLog.tsx", "pages/Week.tsx"] },
  { path: "^/history$", modules: ["pages/LogLayout.tsx", "app/PinnedLog.tsx", "pages/History.tsx"] },
  {
    path: "^/guide/week$",
    modules: ["pages/LogLayout.tsx", "app/PinnedLog.tsx", "pages/guide/WeekReflection.tsx"],
  },
  { path: "^/caseload$", modules: ["pages/clinician/Caseload.tsx"] },
  { path: "^/directory$", modules: ["pages/directory/Directory.tsx"] },
] as const;

export type OpenedOnModule = (typeof openedOn)[number]["modules"][number];
