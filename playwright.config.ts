import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";

/**
 * Browser tests drive the system Chromium (Debian's `chromium` package): Playwright's own browser
 * download is not reachable from these machines. CHROMIUM_PATH points at another Chromium or Chrome.
 */
function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` " +
      "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

const PORT = 4173;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
