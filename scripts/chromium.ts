import { existsSync } from "node:fs";

/**
 * The browser tests, benchmarks and screenshots drive the system Chromium (Debian's `chromium` package):
 * Playwright's own browser download is not reachable from these machines. CHROMIUM_PATH points at another
 * Chromium or Chrome.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/lib/chromium/chromium", "/usr/bin/chromium"];
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` " +
      "(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/** Playwright launch options for that Chromium: headless in a container, quiet on the network. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return {
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
  };
}
