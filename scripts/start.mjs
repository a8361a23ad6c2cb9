// `npm start`: build what is missing, then run the server in this same process (so signals reach it directly).
import "./ensure-built.mjs";

await import("../dist/node/server/main.js");
