// Who a request comes from, for the admission queue's per-client share (lib/web/admission.ts). The socket's
// address, unless that address is a proxy the operator named (READOUT_TRUSTED_PROXIES): then the address the
// proxy saw, the last one in X-Forwarded-For that is not itself a trusted proxy. A client that sets the header
// itself, without such a proxy in front, gains nothing: the header is read only from trusted proxies.
import net from "node:net";

/** "::ffff:127.0.0.1" (IPv4 on an IPv6 socket) and "127.0.0.1" are one client. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: ReadonlySet<string>): string {
  let client = normalizeAddress(socketAddress ?? "");
  if (!trustedProxies.has(client) || forwardedFor === undefined) return client;
  // Each proxy appends the address it received the request from: read from the right, past our own proxies.
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor).split(",").map(normalizeAddress);
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] ?? "";
    if (net.isIP(hop) === 0) return client; // a malformed hop: trust nothing before it
    client = hop;
    if (!trustedProxies.has(hop)) return client;
  }
  return client;
}
