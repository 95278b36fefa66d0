// The clients of the soak's hostile mode (npm run soak -- --hostile), each from its own loopback address so the
// server tells them apart from the readers: a greedy client that keeps hundreds of requests in flight, and slow
// readers that ask for a large page and never read it. Each keeps count of what it got.
import http from "node:http";
import net from "node:net";

export type GreedyCounts = { statuses: Map<number, number>; errors: number };

/**
 * Keeps `inFlight` requests open from `localAddress` until `stop` is called: as each one ends, another starts.
 * Resolves with the statuses it got once every request has ended.
 */
export function greedyClient(origin: string, localAddress: string, routes: string[], inFlight: number): { stop(): Promise<GreedyCounts> } {
  const { hostname, port } = new URL(origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
  const counts: GreedyCounts = { statuses: new Map(), errors: 0 };
  let stopping = false;
  let next = 0;
  let open = 0;
  let drained: (() => void) | null = null;
  const one = () => {
    if (stopping) return;
    open++;
    const route = routes[next++ % routes.length] ?? "/";
    const done = (status: number | null) => {
      if (status === null) counts.errors++;
      else counts.statuses.set(status, (counts.statuses.get(status) ?? 0) + 1);
      open--;
      if (stopping && open === 0) drained?.();
      // A refused request is tried again after a pause, as a script hammering the site would.
      if (status === 429) setTimeout(one, 50);
      else one();
    };
    const request = http.get({ host: hostname, port, path: route, localAddress, agent }, (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode ?? 0));
      response.on("error", () => done(null));
    });
    request.setTimeout(60_000, () => request.destroy());
    request.on("error", () => done(null));
  };
  for (let index = 0; index < inFlight; index++) one();
  return {
    async stop() {
      stopping = true;
      if (open > 0) await new Promise<void>((resolve) => (drained = resolve));
      agent.destroy();
      return counts;
    },
  };
}

export type SlowReaderCounts = { opened: number; closedByServer: number; bytes: number[] };

/**
 * Every `everyMs`, opens `batch` connections from `localAddress` that request `route` and read nothing. After
 * `checkAfterMs` each one reads what reached it, which is how a paused socket learns whether the server closed it.
 */
export function slowReaders(origin: string, localAddress: string, route: string, batch: number, everyMs: number, checkAfterMs: number): { stop(): Promise<SlowReaderCounts> } {
  const { hostname, port } = new URL(origin);
  const counts: SlowReaderCounts = { opened: 0, closedByServer: 0, bytes: [] };
  const checks: Promise<void>[] = [];
  const open = () => {
    for (let index = 0; index < batch; index++) {
      const socket = net.connect({ host: hostname, port: Number(port), localAddress });
      counts.opened++;
      socket.write(`GET ${route} HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
      socket.pause();
      socket.on("error", () => undefined); // a reset from the server is the expected end
      checks.push(
        new Promise<void>((resolve) => {
          setTimeout(() => {
            let bytes = 0;
            const gaveUp = setTimeout(() => {
              socket.destroy();
              resolve();
            }, 5_000);
            socket.on("data", (chunk: Buffer) => (bytes += chunk.length));
            socket.once("close", () => {
              clearTimeout(gaveUp);
              counts.closedByServer++;
              counts.bytes.push(bytes);
              resolve();
            });
            socket.resume();
          }, checkAfterMs);
        }),
      );
    }
  };
  open();
  const timer = setInterval(open, everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(checks);
      return counts;
    },
  };
}
