// End-to-end tests: Debian's Chromium against the production build, served by `npm start` on port 3100 (READOUT_E2E_PORT) with
// its own embedded database (.data/e2e) holding the five articles. Screenshots of every test are kept.
import { defineConfig, devices } from "@playwright/test";
import { loadEnv } from "./lib/env";

const { CI, READOUT_E2E_PORT: E2E_PORT } = loadEnv();

// Debian's Chromium (apt-get install chromium): Playwright's own browser download is not reachable here.
const chromium = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.test.ts",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: CI,
  workers: 2,
  // A test that walks through several pages can take over 30 s when the two cores are also busy with the
  // server's renders and another browser; a hung page still fails, within a minute.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    screenshot: "on",
    trace: "retain-on-failure",
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions: chromium } }],
  webServer: {
    command: "node --import tsx scripts/start.ts",
    url: `http://127.0.0.1:${E2E_PORT}/`,
    // An isolated database: never DATABASE_URL's, never the one `npm start` uses.
    env: { PORT: String(E2E_PORT), READOUT_PUBLIC_URL: `http://127.0.0.1:${E2E_PORT}`, DATABASE_URL: "", READOUT_DATA_DIR: ".data/e2e", READOUT_PG_PORT: "0", NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    // The first run builds the app (minutes on two cores).
    timeout: 15 * 60_000,
    // SIGTERM lets scripts/start.ts stop Next and then PostgreSQL; nothing is left running after the tests.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
