import { describe, expect, test } from "vitest";
import { computeTrajectories } from "../../src/lib/trajectories/compute-trajectories.ts";
import { TrajectoriesSchema } from "../../src/schemas/trajectory.ts";
import type { Theme } from "../../src/schemas/index.ts";
import { authorities, CROYDON, findingOf, KENT, makeExtraction, type DocumentSpec } from "./sequence.ts";

const themes: Theme[] = [
  { id: "management-oversight", label: "Management oversight and decision-making", definition: "", triggers: [], ambiguous: [], cues: [], framework: [] },
  { id: "mash", label: "MASH and integrated front door", definition: "", triggers: [], ambiguous: [], cues: [], framework: [] },
];

/** A 2017 letter raising an area to improve on management oversight, then a 2019 letter with `later` findings. */
function sequence(later: DocumentSpec["findings"], extra: DocumentSpec[] = []) {
  const extraction = makeExtraction([
    { id: "kent-2017", published: "2017-03-01", authority: KENT, findings: [{ polarity: "improvement", themes: ["management-oversight"] }] },
    { id: "kent-2019", published: "2019-05-01", authority: KENT, findings: later },
    ...extra,
  ]);
  const trajectories = computeTrajectories(extraction, authorities, { themes });
  const raised = findingOf(extraction, "kent-2017", "improvement");
  return { extraction, trajectories, outcome: trajectories.outcomes[raised.id]?.[0] };
}

describe("the outcome of an area to improve", () => {
  test.each([
    {
      name: "resolved when the next document reports only strengths on the theme",
      later: [{ polarity: "strength" as const, themes: ["management-oversight"] }],
      outcome: "resolved",
      reason: "reported as a strength in 2019: 1 strength on management oversight and decision-making",
    },
    {
      name: "recurring when the next document raises the theme again",
      later: [
        { polarity: "improvement" as const, themes: ["management-oversight"] },
        { polarity: "improvement" as const, themes: ["management-oversight"] },
      ],
      outcome: "recurring",
      reason: "raised again in 2019: 2 areas to improve on management oversight and decision-making",
    },
    {
      name: "mixed when the next document has both, saying which way it leans",
      later: [
        { polarity: "strength" as const, themes: ["management-oversight"] },
        { polarity: "recommendation" as const, themes: ["management-oversight"] },
      ],
      outcome: "mixed",
      reason: "mixed in 2019 (evenly balanced): 1 strength and 1 recommendation on management oversight and decision-making",
    },
    {
      name: "not revisited when later documents speak only of other themes",
      later: [{ polarity: "strength" as const, themes: ["mash"] }, { polarity: "context" as const, themes: ["management-oversight"] }],
      outcome: "not-revisited",
      reason: "the later document has no finding on management oversight and decision-making",
    },
  ])("$name", ({ later, outcome, reason }) => {
    const result = sequence(later).outcome;
    expect(result?.outcome).toBe(outcome);
    expect(result?.reason).toBe(reason);
  });

  test("keeps the deciding document, its date and the linked finding ids as evidence", () => {
    const { extraction, outcome } = sequence([{ polarity: "strength", themes: ["management-oversight"] }, { polarity: "strength", themes: ["mash"] }]);
    const strength = findingOf(extraction, "kent-2019", "strength");
    expect(outcome?.decidedBy).toMatchObject({ documentId: "kent-2019", date: "2019-05-01", themes: ["management-oversight"] });
    expect(outcome?.decidedBy?.counts).toEqual({ strengths: 1, improvements: 0, recommendations: 0 });
    expect(outcome?.decidedBy?.examples.strength).toEqual([strength.id]);
  });

  test("is decided by the next document that speaks of the theme, and later ones are kept as what happened next", () => {
    const { outcome } = sequence(
      [{ polarity: "improvement", themes: ["management-oversight"] }],
      [{ id: "kent-2022", published: "2022-01-10", authority: KENT, findings: [{ polarity: "strength", themes: ["management-oversight"] }] }],
    );
    expect(outcome?.outcome).toBe("recurring");
    expect(outcome?.later.map((l) => [l.documentId, l.counts.strengths])).toEqual([["kent-2022", 1]]);
  });

  test("skips a later document silent on the theme and lets the next one decide", () => {
    const { outcome } = sequence(
      [{ polarity: "strength", themes: ["mash"] }],
      [{ id: "kent-2022", published: "2022-01-10", authority: KENT, findings: [{ polarity: "strength", themes: ["management-oversight"] }] }],
    );
    expect([outcome?.outcome, outcome?.decidedBy?.documentId]).toEqual(["resolved", "kent-2022"]);
  });

  test("does not count a document about the same inspection (a shared fieldwork day) as a later look", () => {
    const extraction = makeExtraction([
      { id: "letter", published: "2019-03-01", authority: KENT, inspectionDates: ["2019-01-15"], findings: [{ polarity: "improvement", themes: ["mash"] }] },
      { id: "news", published: "2019-03-20", authority: KENT, inspectionDates: ["2019-01-15"], findings: [{ polarity: "strength", themes: ["mash"] }] },
    ]);
    const raised = findingOf(extraction, "letter", "improvement");
    expect(computeTrajectories(extraction, authorities).outcomes[raised.id]?.[0]?.notRevisitedBecause).toBe("no-later-document");
  });

  test("cannot be followed without a theme", () => {
    const extraction = makeExtraction([
      { id: "a", published: "2017-01-01", authority: KENT, findings: [{ polarity: "recommendation", themes: [] }] },
      { id: "b", published: "2019-01-01", authority: KENT, findings: [{ polarity: "strength", themes: ["mash"] }] },
    ]);
    const outcome = computeTrajectories(extraction, authorities).outcomes[findingOf(extraction, "a", "recommendation").id]?.[0];
    expect([outcome?.outcome, outcome?.reason]).toEqual(["not-revisited", "no theme to follow"]);
  });
});

describe("authorities with one document", () => {
  const extraction = makeExtraction([{ id: "croydon-2023", published: "2023-06-12", authority: CROYDON, findings: [{ polarity: "improvement", themes: ["mash"] }] }]);
  const trajectories = computeTrajectories(extraction, authorities);

  test("have no trajectory table", () => {
    expect(trajectories.authorities).toEqual([]);
  });

  test("still give their raised findings an outcome: no later document", () => {
    const outcome = trajectories.outcomes[findingOf(extraction, "croydon-2023", "improvement").id]?.[0];
    expect([outcome?.outcome, outcome?.notRevisitedBecause]).toEqual(["not-revisited", "no-later-document"]);
  });
});

describe("undated documents", () => {
  const extraction = makeExtraction([
    { id: "undated-news", published: null, authority: KENT, findings: [{ polarity: "recommendation", themes: ["mash"] }] },
    { id: "kent-2024", published: "2024-02-27", authority: KENT, findings: [{ polarity: "improvement", themes: ["mash"] }, { polarity: "strength", themes: ["mash"] }] },
  ]);
  const trajectories = computeTrajectories(extraction, authorities);
  const outcomeOf = (doc: string, polarity: "improvement" | "recommendation") => trajectories.outcomes[findingOf(extraction, doc, polarity).id]?.[0];

  test("cannot be placed in time, so what they raise is not followed", () => {
    expect(outcomeOf("undated-news", "recommendation")?.notRevisitedBecause).toBe("undated");
  });

  test("do not count as later documents", () => {
    expect(outcomeOf("kent-2024", "improvement")?.notRevisitedBecause).toBe("no-later-document");
  });

  test("come last in the authority's table", () => {
    expect(trajectories.authorities[0]?.documents.map((d) => [d.documentId, d.date])).toEqual([["kent-2024", "2024-02-27"], ["undated-news", null]]);
  });

  test("fall back to the first inspection day when there is no published date", () => {
    const dated = makeExtraction([
      { id: "a", published: null, inspectionDates: ["2018-05-01"], authority: KENT, findings: [{ polarity: "improvement", themes: ["mash"] }] },
      { id: "b", published: "2020-01-01", authority: KENT, findings: [{ polarity: "strength", themes: ["mash"] }] },
    ]);
    const outcome = computeTrajectories(dated, authorities).outcomes[findingOf(dated, "a", "improvement").id]?.[0];
    expect([outcome?.date, outcome?.outcome]).toEqual(["2018-05-01", "resolved"]);
  });
});

describe("an authority's trajectory table", () => {
  const { trajectories } = sequence(
    [{ polarity: "improvement", themes: ["management-oversight"] }, { polarity: "strength", themes: ["mash"] }, { polarity: "strength", themes: ["mash"] }],
    [{ id: "kent-2022", published: "2022-01-10", authority: KENT, findings: [{ polarity: "recommendation", themes: ["mash"] }] }],
  );
  const kent = trajectories.authorities[0];

  test("puts documents in date order across and themes down, recurring themes first", () => {
    expect(kent?.documents.map((d) => d.documentId)).toEqual(["kent-2017", "kent-2019", "kent-2022"]);
    expect(kent?.themes.map((row) => [row.theme, row.recurring])).toEqual([["management-oversight", true], ["mash", false]]);
  });

  test("counts strengths, areas to improve and recommendations in each cell", () => {
    expect(kent?.themes.find((row) => row.theme === "mash")?.cells).toEqual([
      { strengths: 0, improvements: 0, recommendations: 0 },
      { strengths: 2, improvements: 0, recommendations: 0 },
      { strengths: 0, improvements: 0, recommendations: 1 },
    ]);
  });

  test("names, slugs and regions the authority from the register", () => {
    expect([kent?.name, kent?.slug, kent?.region]).toEqual(["Kent", "kent", "South East"]);
  });
});

describe("the corpus-wide summary", () => {
  const extraction = makeExtraction([
    { id: "kent-2017", published: "2017-03-01", authority: KENT, type: "sif", findings: [{ polarity: "improvement", themes: ["mash"] }, { polarity: "improvement", themes: ["management-oversight"] }] },
    { id: "kent-2019", published: "2019-05-01", authority: KENT, findings: [{ polarity: "strength", themes: ["mash"] }, { polarity: "improvement", themes: ["management-oversight"] }] },
    { id: "croydon-2018", published: "2018-01-01", authority: CROYDON, type: "ilacs", findings: [{ polarity: "improvement", themes: ["mash"] }] },
    { id: "croydon-2023", published: "2023-01-01", authority: CROYDON, findings: [{ polarity: "strength", themes: ["mash"] }] },
  ]);
  const { summary } = computeTrajectories(extraction, authorities);

  test("counts every raised finding once overall", () => {
    expect(summary.overall).toMatchObject({ raised: 4, resolved: 2, recurring: 1, mixed: 0, notRevisited: 1, noLaterDocument: 1 });
  });

  test("counts by theme, region and inspection type", () => {
    expect(summary.byTheme.find((t) => t.theme === "mash")).toMatchObject({ raised: 2, resolved: 2 });
    expect(summary.byRegion.map((g) => [g.key, g.counts.raised])).toEqual([["London", 1], ["South East", 3]]);
    expect(summary.byInspectionType.map((g) => [g.key, g.counts.raised])).toEqual([["focused-visit", 1], ["ilacs", 1], ["sif", 2]]);
  });

  test("lists turnarounds with both findings' texts, newest strength first", () => {
    expect(summary.turnarounds.map((t) => [t.authority, t.theme, t.raised.documentId, t.strength.documentId])).toEqual([
      [CROYDON, "mash", "croydon-2018", "croydon-2023"],
      [KENT, "mash", "kent-2017", "kent-2019"],
    ]);
    expect(summary.turnarounds[0]?.strength.text).toMatch(/strength on mash/);
  });

  test("validates against the trajectories schema", () => {
    expect(() => TrajectoriesSchema.parse(computeTrajectories(extraction, authorities))).not.toThrow();
  });
});
