import { constants } from "node:zlib";
import fastifyCompress from "@fastify/compress";
import type { FastifyInstance } from "fastify";

/**
 * Compresses the API's larger replies for clients that accept it. A new phone's first sync pulls pages of
 * entries as JSON (about 200 KB for the demo family), which brotli shrinks about tenfold: on a slow mobile
 * network that is the difference between one second and a tenth of one. Brotli runs at quality 4, which
 * costs little CPU per reply while compressing close to gzip -9; replies under 1 KB (most writes) are sent
 * as they are. The web app's files are already compressed at build time and served as such.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ["br", "gzip"],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
}
