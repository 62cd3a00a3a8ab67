import cytoscape from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { emptyPlan } from "../../../src/domain/plan/plan.ts";
import { connectPlanMarks } from "../../../src/graph-view/connectPlanMarks.ts";
import { useAppStore } from "../../../src/store/appStore.ts";

const store = () => useAppStore.getState();

function mapOf(ids: readonly string[]) {
  const cy = cytoscape({ headless: true, elements: ids.map((id) => ({ data: { id: `n:${id}` } })) });
  const restyled: string[] = [];
  cy.on("class", "node", (event) => restyled.push(event.target.id()));
  return { cy, restyled };
}

describe("plan marks on the map", () => {
  beforeEach(() => {
    useAppStore.setState(useAppStore.getInitialState(), true);
    store().openPlan(emptyPlan("map-test", "Test map"), "saved");
  });

  it("restyles only the nodes whose mark changed; a note restyles none", () => {
    const { cy, restyled } = mapOf(["clerk", "cpc", "coder"]);
    store().markNode("clerk", "done");
    store().markNode("cpc", "planned");
    const disconnect = connectPlanMarks(cy);
    expect(cy.getElementById("n:clerk").classes()).toEqual(["plan-done"]);
    expect(cy.getElementById("n:cpc").classes()).toEqual(["plan-planned"]);
    restyled.length = 0;

    store().writeNote("coder", "ask about the audit role");
    store().writeNote("clerk", "passed in March");
    expect(restyled).toEqual([]);

    store().markNode("cpc", "done");
    expect(new Set(restyled)).toEqual(new Set(["n:cpc"]));
    expect(cy.getElementById("n:cpc").classes()).toEqual(["plan-done"]);
    store().markNode("clerk", null);
    expect(cy.getElementById("n:clerk").classes()).toEqual([]);
    disconnect();
  });
});
