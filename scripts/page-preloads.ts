// A build step (a Vite plugin): for each page people open the app on (src/web/app/openedOn.ts), the files
// its code needs beyond the main script, written to dist/web/page-preloads.json. The server names them in the
// HTML it answers a first visit with (src/server/plugins/web.ts), so a phone fetches them alongside the main
// script. Without that, it learns of them only once the main script has downloaded and run: one more round
// trip and one more wait for the slowest file, before the first screen can paint.
import type { Plugin } from "vite";
import { openedOn } from "../src/web/app/openedOn.js";

/** What dist/web/page-preloads.json holds: per path pattern, the page's scripts and style sheets. */
export interface PagePreloads {
  path: string;
  scripts: string[];
  styles: string[];
}

interface ChunkLike {
  type: "chunk";
  fileName: string;
  facadeModuleId: string | null;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
  viteMetadata?: { importedCss: Set<string> };
}

export function pagePreloads(): Plugin {
  return {
    name: "attune:page-preloads",
    apply: "build",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c): c is ChunkLike & typeof c => c.type === "chunk");
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      // Everything a chunk needs before it can run: itself and its static imports, with their styles.
      const closure = (start: ChunkLike, into: Set<string>) => {
        if (into.has(start.fileName)) return;
        into.add(start.fileName);
        for (const file of start.imports) {
          const next = byFile.get(file);
          if (next) closure(next, into);
        }
      };
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) throw new Error("page-preloads: the build has no entry chunk");
      // The main script's own files are in index.html already.
      const inHtml = new Set<string>();
      closure(entry, inHtml);
      const pages: PagePreloads[] = openedOn.map(({ path, modules }) => {
        const files = new Set<string>();
        for (const module of modules) {
          // The page's own chunk, or the shared chunk it was put in (the family log's, vite.config.ts).
          const isIt = (id: string | null | undefined) =>
            id?.replaceAll("\\", "/").endsWith(`src/web/${module}`);
          const chunk =
            chunks.find((c) => isIt(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(isIt));
          if (!chunk) throw new Error(`page-preloads: no chunk is built from src/web/${module}`);
          closure(chunk, files);
        }
        const scripts = [...files].filter((f) => !inHtml.has(f));
        const styles = new Set<string>();
        for (const file of scripts)
          for (const css of byFile.get(file)?.viteMetadata?.importedCss ?? []) styles.add(css);
        return { path, scripts: scripts.map((f) => `/${f}`), styles: [...styles].map((f) => `/${f}`) };
      });
      this.emitFile({
        type: "asset",
        fileName: "page-preloads.json",
        source: JSON.stringify(pages, null, 2),
      });
    },
  };
}
