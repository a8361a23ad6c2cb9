import { defineConfig } from "vitest/config";

// Three projects: unit (pure logic, fast), integration (real HTTP against real SQLite and Postgres),
// e2e (a real Chromium against the built app). scripts/test.mjs decides which run and in what order.
export default defineConfig({
  test: {
    // A test left as `.only` would quietly skip the rest: refused, here and by Biome (noFocusedTests).
    allowOnly: false,
    projects: [
      {
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/support/postgres-server.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // One browser at a time: the machine has two cores, and the server under test needs one.
          fileParallelism: false,
          // Within a file, at most two tests side by side (the accessibility sweep's languages and themes): a
          // page loading in one while axe runs in the other keeps both cores busy; more only queue.
          maxConcurrency: 2,
        },
      },
    ],
  },
});
