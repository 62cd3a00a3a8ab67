import { describe, expect, it } from "vitest";
import { LIMITS } from "../../../src/domain/format/limits.ts";
import { readMapFile } from "../../../src/features/map-file/readMapFile.ts";
import { makeGraph } from "../../fixtures/builders.ts";

/** A stand-in for a picked file that records whether anyone read its bytes. */
function pickedFile(name: string, size: number, bytes: Uint8Array = new Uint8Array()) {
  const file = {
    name,
    size,
    read: false,
    arrayBuffer: async () => {
      file.read = true;
      return bytes.buffer;
    },
  };
  return file;
}

describe("readMapFile (Open map…)", () => {
  it("refuses a file over the size limit without reading a byte of it", async () => {
    const file = pickedFile("huge.json", LIMITS.fileBytes + 1);
    const result = await readMapFile(file as unknown as File);
    expect(result).toStrictEqual({
      ok: false,
      errors: [
        { path: "(the whole file)", message: "huge.json is larger than 10 MB, the most this app reads." },
      ],
    });
    expect(file.read).toBe(false);
  });

  it("reads and checks a file within the limit", async () => {
    const graph = makeGraph();
    const bytes = new TextEncoder().encode(JSON.stringify(graph));
    const result = await readMapFile(pickedFile("map.json", bytes.length, bytes) as unknown as File);
    expect(result).toStrictEqual({ ok: true, value: graph });
  });

  it("names the file when it cannot be read", async () => {
    const file = {
      name: "gone.json",
      size: 10,
      arrayBuffer: () => Promise.reject(new Error("NotReadableError")),
    };
    const result = await readMapFile(file as unknown as File);
    expect(result).toStrictEqual({
      ok: false,
      errors: [{ path: "(the whole file)", message: "gone.json could not be read. Pick it again." }],
    });
  });
});
