import { type ChildProcess, spawn } from "node:child_process";
import { type Browser, chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "../chromium.ts";

export { median } from "./timing.ts";

/** BENCH_PORT lets two checkouts run benchmarks side by side on one machine. */
export const PREVIEW_PORT = process.env.BENCH_PORT ?? "4174";
export const PREVIEW_URL = `http://127.0.0.1:${PREVIEW_PORT}`;

/** The system Chromium, launched as the browser tests launch it. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/** Builds the app in e2e mode (production build plus the test hook) and serves it with `vite preview`. */
export async function startPreview(): Promise<ChildProcess> {
  await run("npx", ["vite", "build", "--mode", "e2e", "--logLevel", "error"]);
  const server = spawn(
    "npx",
    ["vite", "preview", "--host", "127.0.0.1", "--port", PREVIEW_PORT, "--strictPort"],
    {
      stdio: "ignore",
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(PREVIEW_URL)).ok) return server;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  stopPreview(server);
  throw new Error("vite preview did not start");
}

/** Stops the server; one that is gone already (it could not take the port) is no error worth a lost run. */
export function stopPreview(server: ChildProcess): void {
  if (server.pid === undefined) return;
  try {
    process.kill(-server.pid);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`)),
    );
  });
}
