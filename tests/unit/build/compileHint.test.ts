import type { OutputBundle } from "rolldown";
import { describe, expect, it } from "vitest";
import { COMPILE_ALL_ON_LOAD, entryCompileHint } from "../../../scripts/compileHint.ts";

type Chunk = { type: "chunk"; isEntry: boolean; name: string; code: string };

/** Runs the plugin's last step over chunks as the build hands them over, Vite's own first lines included. */
function hinted(chunks: Record<string, Chunk>): Record<string, Chunk> {
  const hook = entryCompileHint().generateBundle;
  if (!hook || typeof hook !== "object") throw new Error("the plugin should run after Vite's own steps");
  expect(hook.order).toBe("post");
  (hook.handler as (options: unknown, bundle: OutputBundle) => void).call(
    {},
    {},
    chunks as unknown as OutputBundle,
  );
  return chunks;
}

describe("the entry script's compile hint", () => {
  it("is the entry script's first line, ahead of what Vite put at its top", () => {
    const out = hinted({
      "index.js": {
        type: "chunk",
        isEntry: true,
        name: "index",
        code: "const __vite__mapDeps=()=>[];\nf();",
      },
    });
    expect(out["index.js"]?.code.split("\n")).toEqual([
      COMPILE_ALL_ON_LOAD,
      "const __vite__mapDeps=()=>[];",
      "f();",
    ]);
  });

  it("is left off the chunks loaded later and the workers, which are not all run on load", () => {
    const out = hinted({
      "mountApp.js": { type: "chunk", isEntry: false, name: "mountApp", code: "g();" },
      "layout.worker.js": { type: "chunk", isEntry: true, name: "layout.worker", code: "h();" },
    });
    expect(out["mountApp.js"]?.code).toBe("g();");
    expect(out["layout.worker.js"]?.code).toBe("h();");
  });
});
