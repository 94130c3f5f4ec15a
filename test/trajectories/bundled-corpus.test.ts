/**
 * Trajectories over the bundled corpus (content/reports): Kent has two documents, the news about
 * its 2019 focused visit and the 2024 focused-visit letter, both about the front door (theme mash).
 */
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { extractCorpus } from "../../scripts/extract/extract-corpus.ts";
import { computeTrajectories } from "../../src/lib/trajectories/compute-trajectories.ts";
import { loadAuthorities, loadThemes } from "../../src/lib/load-extraction.ts";
import { TrajectoriesSchema, type Trajectories } from "../../src/schemas/trajectory.ts";
import type { Extraction } from "../../src/schemas/index.ts";

const KENT = "E10000016";
let extraction: Extraction;
let trajectories: Trajectories;

beforeAll(async () => {
  extraction = await extractCorpus([join(import.meta.dirname, "../../content/reports")]);
  trajectories = computeTrajectories(extraction, loadAuthorities(), { themes: loadThemes() });
}, 60_000);

describe("trajectories of the bundled corpus", () => {
  test("are valid against the schema", () => {
    expect(() => TrajectoriesSchema.parse(trajectories)).not.toThrow();
  });

  test("give Kent a table with the 2024 letter and the news, and a front-door row with strengths in both", () => {
    const kent = trajectories.authorities.find((a) => a.authority === KENT);
    expect(kent?.documents.map((d) => d.kind).sort()).toEqual(["inspection-letter", "news"]);
    const mash = kent?.themes.find((row) => row.theme === "mash");
    expect(mash?.cells.every((cell) => cell.strengths > 0)).toBe(true);
  });

  test("follow the undated 2019 news's front-door recommendation to the 2024 letter, placing the news by the years it reports", () => {
    const news = extraction.documents.find((d) => d.kind === "news" && d.authorities.some((a) => a.code === KENT));
    expect(news?.published).toBeNull();
    const recommendation = news?.findings.find((f) => f.polarity === "recommendation" && f.themes.includes("mash"));
    const outcome = recommendation ? trajectories.outcomes[recommendation.id]?.[0] : undefined;
    expect(outcome?.decidedBy?.documentId).toMatch(/^2024-02-27-kent/);
    expect(outcome?.outcome).not.toBe("not-revisited");
    const column = trajectories.authorities.find((t) => t.authority === KENT)?.documents.find((d) => d.documentId === news?.id);
    expect(column).toMatchObject({ date: "2018-12-31", dateImplied: true });
  });

  test("give every area to improve and recommendation an outcome with a reason", () => {
    const raised = extraction.documents.flatMap((d) => d.findings.filter((f) => (f.polarity === "improvement" || f.polarity === "recommendation") && f.authorities.length > 0));
    expect(raised.length).toBeGreaterThan(0);
    for (const finding of raised) {
      expect(trajectories.outcomes[finding.id]?.every((o) => o.reason.length > 0)).toBe(true);
    }
  });
});
