import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readCareerMapText } from "../../../src/domain/format/readCareerMapFile.ts";

const readme = readFileSync(resolve("README.md"), "utf8");
const section = readme.slice(readme.indexOf("## Writing your own career map"));

describe("the README's format section", () => {
  it("has a worked example that opens", () => {
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
    const result = readCareerMapText(example);
    expect(result.ok ? [] : result.errors).toStrictEqual([]);
  });
});
