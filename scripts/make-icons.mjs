// Renders the PNG app icons from the hand-drawn SVGs in src/web/public/icons, using Debian's Chromium
// through playwright-core (no browser download). Run after editing an SVG: node scripts/make-icons.mjs
// The PNGs are committed, so building the app never needs a browser.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const iconsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "web", "public", "icons");

const outputs = [
  // "any" icons keep their rounded corners, so the area outside them stays transparent.
  { source: "icon.svg", file: "icon-192.png", size: 192, transparent: true },
  { source: "icon.svg", file: "icon-512.png", size: 512, transparent: true },
  // Maskable and Apple icons are full-bleed: the platform cuts its own shape.
  { source: "icon-maskable.svg", file: "icon-maskable-512.png", size: 512, transparent: false },
  { source: "icon-maskable.svg", file: "apple-touch-icon.png", size: 180, transparent: false },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { source, file, size, transparent } of outputs) {
    const svg = await readFile(join(iconsDir, source), "utf8");
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator("img").evaluate((img) => img.decode());
    await page.screenshot({ path: join(iconsDir, file), omitBackground: transparent, type: "png" });
    console.log(`wrote ${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
