import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

/**
 * Module scripts never block rendering (they run after parsing), but Chrome fetches them at high priority,
 * and Lighthouse's model then counts them as render-blocking. Marking the app's scripts low priority lets
 * the static header in index.html paint first, as it does on a real phone; nothing else on the first screen
 * competes for the network, so the scripts arrive no later.
 */
function scriptsAfterFirstPaint(): Plugin {
  return {
    name: "attune:scripts-after-first-paint",
    enforce: "post",
    transformIndexHtml: (html) =>
      html
        .replace(
          /<script type="module" crossorigin/g,
          '<script type="module" fetchpriority="low" crossorigin',
        )
        .replace(
          /<link rel="modulepreload" crossorigin/g,
          '<link rel="modulepreload" fetchpriority="low" crossorigin',
        ),
  };
}

import { VitePWA } from "vite-plugin-pwa";
import { pagePreloads } from "./scripts/page-preloads.js";

/**
 * The family log's own code in one chunk: the log engine with Dexie, Today, the timer bar and their parts.
 * Split the default way, opening Today fetched about forty small files, and on a phone's connection (six at a
 * time, a round trip each) that queue cost more than the bytes. Only these modules are taken, not what they
 * import: the app's shell, the shared components and the content stay where they are, so a page outside the
 * log never downloads it. The log's wording helpers stay out too: the shell uses `familyChoice`, and the case
 * file shows ages, entries and times in the same words as the family's log.
 */
const sharedFromLog =
  /[\\/]log[\\/](familyChoice|useAgePhrase|ageText|describe|durationText|familyClock|units|useUnits|time)\.tsx?$/;
const familyLogChunk = {
  name: "family-log",
  includeDependenciesRecursively: false,
  test: (id: string) =>
    !sharedFromLog.test(id) &&
    /[\\/](src[\\/]web[\\/](log|pages[\\/](today|running|log))[\\/]|src[\\/]web[\\/]pages[\\/](Today|LogLayout)\.tsx$|node_modules[\\/]dexie[\\/])/.test(
      id,
    ),
};

/**
 * The weekly reflection and the guide's shared parts (its API, dates, names, the back link, the idea card,
 * the scrolling table, the guide's words) in one chunk, for the same reason: split the default way, opening the
 * reflection from a reminder queued eight small files behind the log's. The guide's other pages (the index,
 * Learn, the cue guide, the visit summary, saved ideas) keep their own chunks.
 */
const guideWeekChunk = {
  name: "guide-week",
  includeDependenciesRecursively: false,
  test: (id: string) =>
    /[\\/]src[\\/]web[\\/](pages[\\/]guide[\\/](Week\w*|IdeaToTry|IdeaCard|api|BackToGuide|dates|names|useContentLang|ScrollTable)\.tsx?|i18n[\\/]guidance(\.ts|\.en\.json|\.es\.json))$/.test(
      id,
    ),
};

// The SPA lives in src/web and builds to dist/web, which the Fastify server serves.
export default defineConfig({
  root: "src/web",
  publicDir: "public",
  build: {
    outDir: "../../dist/web",
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: { output: { codeSplitting: { groups: [familyLogChunk, guideWeekChunk] } } },
  },
  server: { proxy: { "/api": "http://localhost:3000" } },
  plugins: [
    react(),
    scriptsAfterFirstPaint(),
    pagePreloads(),
    VitePWA({
      registerType: "autoUpdate",
      // Registered from main.tsx after load: the plugin's own <script> tag in <head> blocks the first paint.
      injectRegister: false,
      manifest: false, // src/web/public/manifest.webmanifest is hand-written so it stays translatable and reviewable
      workbox: {
        globPatterns: ["**/*.{js,css,html,svg,png,webmanifest}"],
        navigateFallback: "/index.html",
        // The API is never served from the cache: family data must be fresh or clearly offline.
        navigateFallbackDenylist: [/^\/api\//],
      },
    }),
  ],
});
