import { describe, expect, test } from "vitest";
import { PASSAGE_END, PASSAGE_FIELD } from "../../src/lib/search/passage-codec.ts";
import { passageRecords } from "../../src/lib/search/passage-record.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import { countFacets, describeListing, findingTotal } from "../../src/scripts/facet-counts.ts";
import {
  containsEveryWord,
  findingTexts,
  type PassageData,
  passageFindings,
  queryWords,
  selectFindings,
  stemOf,
} from "../../src/scripts/select-findings.ts";
import { authorities, extraction } from "../site/fixture.ts";

const lookup = siteLookup(authorities, []);

/**
 * A passage as Pagefind's fragment returns it: its filters, its content (the findings' words, then
 * PASSAGE_END) and an empty anchor per finding at the word its text starts at.
 */
function fragmentOf(record: ReturnType<typeof passageRecords>[number], subResults: string[] = []): PassageData {
  let location = 0;
  const anchors = record.findings.map((f, i) => {
    const anchor = { element: "i", id: f.id, text: "", title: String(i + 1), location };
    location += f.text.trim().split(/\s+/).filter(Boolean).length;
    return anchor;
  });
  return {
    url: record.url,
    content: `${record.findings.map((f) => f.text).join(" ")} ${PASSAGE_END}`,
    filters: record.filters,
    anchors,
    sub_results: subResults.map((id) => ({ url: `${record.url.replace(/#.*$/, "")}#${id}`, anchor: { id } })),
  };
}

const passages = passageRecords(extraction, lookup);
const kentStrengths = passages.find((p) => p.findings.some((f) => f.id === "f-67300215cfd6"))!;

describe("findingTexts", () => {
  test("reads each finding's words between its anchor and the next, without the passage's closing word", () => {
    const content = "Leaders know  their services well. Plans are\tnot\nprecise enough Children – most of them – are seen .";
    const anchors = [{ location: 0 }, { location: 5 }, { location: 10 }];
    expect(findingTexts(content, anchors)).toEqual([
      "Leaders know their services well.",
      "Plans are not precise enough",
      "Children – most of them – are seen",
    ]);
  });

  test("keeps the text of an anchor that has its own (an index written before the anchors were emptied)", () => {
    expect(findingTexts("A b. C d.", [{ text: "A b.", location: 0 }, { text: " C d. ", location: 2 }])).toEqual(["A b.", "C d."]);
  });
});

describe("finding selection", () => {
  test("lists every finding of a passage, in text order, with what a result shows", () => {
    const listed = passageFindings(fragmentOf(kentStrengths));
    expect(listed.map((f) => f.id)).toEqual(kentStrengths.findings.map((f) => f.id));
    const first = listed[0]!;
    const doc = extraction.documents.find((d) => d.id.startsWith("2024-02-27-kent"))!;
    expect(first).toMatchObject({
      polarity: "strength",
      polarityLabel: "Strength",
      authority: "Kent",
      date: "27 February 2024",
      docTitle: doc.title,
      docUrl: `/reports/${doc.id}/`,
      href: `/reports/${doc.id}/#${first.id}`,
      goodPractice: false,
    });
    expect(listed.map((f) => f.themes)).toEqual(kentStrengths.findings.map((f) => f.themes));
    expect(listed.map((f) => f.text)).toEqual(kentStrengths.findings.map((f) => f.text.trim()));
  });

  test("links a finding printed on a later part of a long document to that part", () => {
    const record = { ...kentStrengths, filters: { ...kentStrengths.filters, [PASSAGE_FIELD.parts]: ["1,3"] } };
    const [one, two] = passageFindings(fragmentOf(record));
    expect(one!.href).toMatch(/^\/reports\/[a-z0-9-]+\/#f-/);
    expect(two!.href).toBe(`${two!.docUrl}3/#${two!.id}`);
  });

  test("without words or themes keeps every finding; with themes only those carrying one", () => {
    const data = fragmentOf(kentStrengths);
    expect(selectFindings(data, { query: "", themes: [] })).toHaveLength(kentStrengths.findings.length);
    const mash = selectFindings(data, { query: "", themes: ["mash"] });
    expect(mash.map((f) => f.id)).toEqual(kentStrengths.findings.filter((f) => f.themes.includes("mash")).map((f) => f.id));
    const either = selectFindings(data, { query: "", themes: ["mash", "voice-of-child"] });
    expect(either.map((f) => f.id)).toEqual(
      kentStrengths.findings.filter((f) => f.themes.includes("mash") || f.themes.includes("voice-of-child")).map((f) => f.id),
    );
  });

  test("with words keeps only the findings Pagefind matched, and with several only those holding every word", () => {
    const matched = kentStrengths.findings.slice(0, 2).map((f) => f.id);
    const data = fragmentOf(kentStrengths, matched);
    expect(selectFindings(data, { query: "front", themes: [] }).map((f) => f.id)).toEqual(matched);
    // "front door": the first finding holds both words; the second ("Managers have a clear understanding…") neither.
    const both = selectFindings(data, { query: "front door", themes: [] });
    expect(both.map((f) => f.id)).toEqual(matched.filter((id) => /front/i.test(kentStrengths.findings.find((f) => f.id === id)!.text) && /door/i.test(kentStrengths.findings.find((f) => f.id === id)!.text)));
    expect(both.length).toBeGreaterThan(0);
    // Words and a theme together.
    expect(selectFindings(data, { query: "front door", themes: ["leadership"] })).toEqual([]);
  });

  test("matches a word at the start of a finding's word, by its stem, ignoring case and accents", () => {
    expect(queryWords("  Care-Leavers’  café ")).toEqual(["care", "leavers", "cafe"]);
    expect(stemOf("leavers")).toBe("leav");
    expect(stemOf("assessments")).toBe("assessment");
    expect(stemOf("mash")).toBe("mash");
    expect(stemOf("uses")).toBe("use");
    expect(containsEveryWord("Support for the care-leaver is strong", queryWords("care leavers"))).toBe(true);
    expect(containsEveryWord("Carers who leave care are supported", queryWords("care leavers"))).toBe(true);
    expect(containsEveryWord("Leavers are supported", queryWords("care leavers"))).toBe(false);
    expect(containsEveryWord("The MASH is effective", queryWords("mash"))).toBe(true);
    expect(containsEveryWord("Children are safe", queryWords("ash"))).toBe(false);
  });

  test("ignores anchors that are not findings", () => {
    const data = fragmentOf(kentStrengths);
    data.anchors.unshift({ id: "top", text: "Heading", location: 0 });
    expect(passageFindings(data).map((f) => f.id)).toEqual(kentStrengths.findings.map((f) => f.id));
  });
});

describe("facet counts of a search's findings", () => {
  test("carry each finding's own themes and its passage's other values", () => {
    const listed = passageFindings(fragmentOf(kentStrengths));
    const first = listed[0]!;
    expect(first.facets.polarity).toEqual(["strength"]);
    expect(first.facets.authority).toEqual(["kent"]);
    expect(first.facets.year).toEqual(["2024"]);
    expect(first.facets.theme).toEqual(first.themes);
  });

  test("count every value over the findings, once per finding", () => {
    const counts = countFacets([
      { facets: { polarity: ["strength"], theme: ["mash", "health"] } },
      { facets: { polarity: ["strength"], theme: ["mash"] } },
      { facets: { polarity: ["improvement"], theme: [] } },
    ]);
    expect(Object.fromEntries(counts.get("polarity")!)).toEqual({ strength: 2, improvement: 1 });
    expect(Object.fromEntries(counts.get("theme")!)).toEqual({ mash: 2, health: 1 });
  });

  test("say the order when the results are newest first", () => {
    const total = { exact: 3, atLeast: 3, atMost: 3 };
    expect(describeListing({ state: { query: "mash", filters: {}, sort: "date" }, passages: 1, read: 1, found: 3, total })).toBe(
      "3 findings for “mash”, newest year first.",
    );
  });
});

describe("finding totals", () => {
  // Pagefind's counts for three passages of 3, 5 and 1 findings; mash carried by 2 and 4 of them, health by 1 and 5.
  const counts = {
    n: { "1": 1, "3": 1, "5": 1 },
    "theme.mash": { "2": 1, "4": 1 },
    "theme.health": { "1": 1, "5": 1 },
  };

  test("are exact without words, from the finding count or the one theme chosen", () => {
    expect(findingTotal(counts, { query: "", themes: [] })).toEqual({ exact: 9, atLeast: 9, atMost: 9 });
    expect(findingTotal(counts, { query: "", themes: ["mash"] })).toEqual({ exact: 6, atLeast: 6, atMost: 6 });
  });

  test("are bounds with several themes (a finding may carry both) or with words", () => {
    expect(findingTotal(counts, { query: "", themes: ["mash", "health"] })).toEqual({ exact: null, atLeast: 6, atMost: 9 });
    expect(findingTotal({}, { query: "front door", themes: [] })).toEqual({ exact: null, atLeast: 0, atMost: Infinity });
    expect(findingTotal({}, { query: "", themes: [] })).toEqual({ exact: 0, atLeast: 0, atMost: 0 });
  });

  test("say what is known: an exact number, or at least how many so far and how much is read", () => {
    const state = { query: "front door", filters: { polarity: ["strength"] } };
    const unknown = { exact: null, atLeast: 0, atMost: Infinity };
    expect(describeListing({ state, passages: 120, read: 3, found: 24, total: unknown })).toBe(
      "At least 24 findings for “front door” with 1 filter: 3 of 120 matching passages read so far.",
    );
    expect(describeListing({ state, passages: 3, read: 3, found: 24, total: unknown })).toBe("24 findings for “front door” with 1 filter.");
    expect(describeListing({ state, passages: 50, read: 12, found: 0, total: unknown })).toMatch(/^No findings yet for “front door” with 1 filter: 12 of 50/);
    expect(describeListing({ state: { query: "", filters: {} }, passages: 400, read: 1, found: 40, total: { exact: 1234, atLeast: 1234, atMost: 1234 } })).toBe(
      "1,234 findings.",
    );
    expect(describeListing({ state: { query: "", filters: { theme: ["a", "b"] } }, passages: 40, read: 2, found: 7, total: { exact: null, atLeast: 30, atMost: 45 } })).toBe(
      "At least 30 findings with 1 filter: 2 of 40 matching passages read so far.",
    );
  });
});
