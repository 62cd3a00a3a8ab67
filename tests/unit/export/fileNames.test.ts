import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../src/features/export/fileNames.ts";
import { localDate, slugify } from "../../../src/ui/fileNameParts.ts";

const lateEvening = new Date(2026, 10, 26, 23, 59, 30);
const route = { from: "Medical Records Clerk", to: "Coding Director" };

describe("localDate", () => {
  it("uses the local calendar day, not the UTC one", () => {
    expect(localDate(lateEvening)).toBe("2026-11-26");
    expect(localDate(new Date(2027, 0, 5, 0, 0, 1))).toBe("2027-01-05");
  });
});

describe("slugify", () => {
  it.each([
    ["Medical Records Clerk", "medical-records-clerk"],
    ["CCS-P", "ccs-p"],
    ["Coder II and up", "coder-ii-and-up"],
    ["Fraud/Waste Investigator", "fraud-waste-investigator"],
    ["Técnico de codificación", "tecnico-de-codificacion"],
    ["<img src=x onerror=alert(1)>", "img-src-x-onerror-alert-1"],
    ["  ../../etc/passwd  ", "etc-passwd"],
  ])("%s → %s", (text, slug) => {
    expect(slugify(text, "node")).toBe(slug);
  });

  it("falls back when nothing usable is left, so a name is never empty or hidden", () => {
    expect(slugify("🚀✨", "start")).toBe("start");
    expect(slugify("...", "goal")).toBe("goal");
    expect(slugify("コーダー", "node")).toBe("node");
  });

  it("cuts long labels at a hyphen", () => {
    const slug = slugify("Certified Documentation Expert Outpatient Coding Specialist", "node", 25);
    expect(slug).toBe("certified-documentation");
    expect(slug.length).toBeLessThanOrEqual(25);
  });
});

describe("exportFileName", () => {
  it("names a whole-map image by date", () => {
    expect(exportFileName({ extension: "png", area: "full", route: null, now: lateEvening })).toBe(
      "career-map-2026-11-26.png",
    );
  });

  it("names the current view as such", () => {
    expect(exportFileName({ extension: "jpg", area: "view", route: null, now: lateEvening })).toBe(
      "career-map-view-2026-11-26.jpg",
    );
  });

  it("names the route alone by its ends", () => {
    expect(exportFileName({ extension: "svg", area: "route", route, now: lateEvening })).toBe(
      "route-medical-records-clerk-to-coding-director.svg",
    );
  });

  it("adds the drawn route to a whole-map image that shows it", () => {
    expect(exportFileName({ extension: "png", area: "full", route, now: lateEvening })).toBe(
      "career-map-2026-11-26-route-medical-records-clerk-to-coding-director.png",
    );
  });

  it("names the map file by date whatever is drawn", () => {
    expect(exportFileName({ extension: "json", area: "route", route, now: lateEvening })).toBe(
      "career-map-2026-11-26.json",
    );
  });
});
