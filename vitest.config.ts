import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

// Two projects: pure unit tests beside the code, and integration tests against a real Postgres.
export default defineConfig({
  resolve: { alias },
  test: {
    // `npm run test:coverage`: both projects' in-process coverage of lib/, merged (child processes the integration
    // tests spawn are not measured); scripts/coverage-folders.ts prints it per folder.
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts"],
      exclude: ["lib/**/*.test.ts", "lib/db/generated/**", "lib/extract/testing/**", "lib/extract/test-helpers.ts"],
      reporter: ["text-summary", "json-summary", "html"],
      reportsDirectory: "coverage",
      // A test that fails (a fault test timing out on a loaded machine) still leaves what ran measured.
      reportOnFailure: true,
    },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One PostgreSQL for the run, one database per worker, emptied before each test.
          globalSetup: ["tests/integration/setup/global-setup.ts"],
          // Page queries import "server-only", which throws outside React Server Components; tests call them directly.
          alias: { "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js") },
          setupFiles: ["tests/integration/setup/worker-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
