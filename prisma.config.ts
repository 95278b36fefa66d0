// Configures the Prisma CLI. Readout applies migrations with its own runner (lib/db/migrate.ts);
// this file lets `prisma generate`, and `prisma migrate deploy` on a machine with the engine, find them.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // The CLI reads the URL itself; generate needs none, so an unset DATABASE_URL is not an error here.
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
