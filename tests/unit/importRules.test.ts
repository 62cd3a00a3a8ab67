import { describe, expect, it } from "vitest";
import { checkImportRules } from "../../scripts/importRules.ts";

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe("import rules", () => {
  it("accept imports that point inward", () => {
    expect(
      checkImportRules(
        graph({
          "src/app/App.tsx": ["src/features/a/A.tsx", "src/graph-view/View.tsx"],
          "src/features/a/A.tsx": ["src/ui/x.ts", "src/store/s.ts", "src/features/a/B.tsx"],
          "src/features/a/B.tsx": [],
          "src/graph-view/View.tsx": ["src/ui/x.ts"],
          "src/ui/x.ts": ["src/store/s.ts"],
          "src/store/s.ts": ["src/domain/d.ts"],
          "src/domain/d.ts": [],
        }),
      ),
    ).toEqual([]);
  });

  it("find a feature importing another, the store importing UI, the domain importing the store", () => {
    const problems = checkImportRules(
      graph({
        "src/features/a/A.tsx": ["src/features/b/B.tsx"],
        "src/features/b/B.tsx": [],
        "src/store/s.ts": ["src/ui/x.ts"],
        "src/ui/x.ts": [],
        "src/domain/d.ts": ["src/store/s2.ts"],
        "src/store/s2.ts": [],
      }),
    );
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/a feature never imports another/);
  });

  it("find a cycle, type-only imports included", () => {
    const problems = checkImportRules(
      graph({ "src/store/a.ts": ["src/store/b.ts"], "src/store/b.ts": ["src/store/a.ts"] }),
    );
    expect(problems).toEqual(["import cycle: src/store/a.ts → src/store/b.ts → src/store/a.ts"]);
  });
});
