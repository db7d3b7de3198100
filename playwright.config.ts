import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 3100);
const WEATHER_PORT = PORT + 99;
const baseURL = `http://127.0.0.1:${PORT}`;
// Each run starts from an empty embedded database, seeded by the server itself. Not
// under test-results/, which Playwright empties after the server has started.
const dataDir = path.join(os.tmpdir(), `portal-e2e-${PORT}`);

/** Playwright's own Chromium when installed, else the system's (it cannot be downloaded here). */
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // not installed
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // Open-Meteo cannot be reached from here (nor should tests depend on it).
      command: `node e2e/support/fake-weather.mjs ${WEATHER_PORT} normal`,
      url: `http://127.0.0.1:${WEATHER_PORT}/v1/forecast?latitude=1&longitude=1`,
      reuseExistingServer: false,
    },
    {
    // The production build (npm test builds it first) served as `npm start` serves it (with
    // the cached-page fast path), on its own data folder and port.
    command: `rm -rf "${dataDir}" && node scripts/start.mjs`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATA_DIR: dataDir,
      SITE_URL: baseURL,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      WEATHER_API_URL: `http://127.0.0.1:${WEATHER_PORT}/v1/forecast`,
      PORT: String(PORT),
      SCHEDULER_INTERVAL_SECONDS: "3",
      ADMIN_EMAIL: "admin@hungha.example.vn",
      ADMIN_PASSWORD: "Song-Hong-chay-qua-2026",
      // e2e/citizens.spec.ts starts an SMTP server (smtp-server) here and reads what arrives.
      SMTP_URL: `smtp://127.0.0.1:${PORT + 98}`,
      MAIL_FROM: "Cổng thông tin <khong-tra-loi@hungha.example.vn>",
    },
    },
  ],
});
