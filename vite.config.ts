import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// The SPA lives in src/web and builds to dist/web, which the Fastify server serves.
export default defineConfig({
  root: "src/web",
  publicDir: "public",
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: false },
  server: { proxy: { "/api": "http://localhost:3000" } },
  plugins: [
    react(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: "script",
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
