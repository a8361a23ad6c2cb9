// A cable between the browser and the test server that a test can pull out.
//
// Chromium's offline emulation (context.setOffline) stops the page's own requests, but not every request a
// page under a service worker causes: now and then one is sent by the worker's side of the browser and
// reaches the server while the test believes the phone is offline. A test that asserts what the server has
// NOT heard yet cannot rely on that. This link is real TCP: while it is cut, every open connection is
// dropped and every new one is refused, whichever part of the browser made it. Tests use it together with
// setOffline, which is what tells the page (navigator.onLine, the online/offline events) that it is offline.
import { connect, createServer, type Socket } from "node:net";

export interface NetworkLink {
  /** The address the browser uses: same host as the server (so cookies match), another port. */
  base: string;
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

export async function startNetworkLink(target: string): Promise<NetworkLink> {
  const { hostname, port } = new URL(target);
  let connected = true;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.on("close", () => open.delete(socket));
  };
  const proxy = createServer((client) => {
    if (!connected) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, hostname, resolve));
  const address = proxy.address();
  if (address === null || typeof address === "string") throw new Error("The network link has no port.");
  return {
    base: `http://${hostname}:${address.port}`,
    cut() {
      connected = false;
      for (const socket of open) socket.destroy();
    },
    restore() {
      connected = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}
