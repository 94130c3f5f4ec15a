import { describe, expect, test } from "vitest";
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { facetOptions } from "../../src/lib/search/facet-options.ts";
import { findingFacets } from "../../src/lib/search/facets.ts";
import {
  decodeFindingThemes,
  facetFilterName,
  facetValuesOf,
  MAX_PASSAGE_FINDINGS,
  PASSAGE_END,
  PASSAGE_FIELD,
} from "../../src/lib/search/passage-codec.ts";
import { escapeHtml } from "../../src/lib/render/escape-html.ts";
import { documentPassages, passageHtml, passageRecords } from "../../src/lib/search/passage-record.ts";
import { siteLookup } from "../../src/lib/search/site-lookup.ts";
import { authorities, extraction } from "../site/fixture.ts";

const lookup = siteLookup(authorities, [{ id: "mash", label: "MASH and integrated front door" }]);
const passages = passageRecords(extraction, lookup);
const findings = extraction.documents.flatMap((doc) => doc.findings.map((finding) => ({ doc, finding })));

/** The passage holding a finding. */
function passageOf(id: string) {
  const passage = passages.find((p) => p.findings.some((f) => f.id === id));
  if (!passage) throw new Error(`no passage holds ${id}`);
  return passage;
}

describe("passage records", () => {
  test("hold every finding exactly once, in far fewer records than findings", () => {
    const ids = passages.flatMap((p) => p.findings.map((f) => f.id));
    expect(ids.sort()).toEqual(findings.map(({ finding }) => finding.id).sort());
    expect(passages.length).toBeLessThan(findings.length / 2);
    expect(new Set(passages.map((p) => p.url)).size).toBe(passages.length);
    for (const p of passages) expect(p.url).toMatch(/^\/reports\/[a-z0-9-]+\/#p\d+$/);
  });

  test("group findings of one document sharing polarity, good practice and authorities, whatever their themes", () => {
    for (const p of passages) {
      const members = findings.filter(({ finding }) => p.findings.some((f) => f.id === finding.id));
      const keys = new Set(members.map(({ doc, finding }) => {
        const facets = findingFacets(finding, doc, lookup);
        return JSON.stringify([doc.id, facets.polarity, facets.goodpractice, facets.authority]);
      }));
      expect(keys.size, p.url).toBe(1);
    }
    // Kent's focused visit: its three strengths without good practice share one passage, though their themes differ.
    const kentStrengths = findings.filter(
      ({ doc, finding }) => doc.id.startsWith("2024-02-27-kent") && finding.polarity === "strength" && !finding.goodPractice,
    );
    expect(kentStrengths.length).toBeGreaterThan(2);
    expect(new Set(kentStrengths.map(({ finding }) => passageOf(finding.id).url)).size).toBe(1);
    // The good-practice strength is a passage of its own; so is the national statement of the news article.
    expect(passageOf("f-90f88e6015a3").findings.map((f) => f.id)).toEqual(["f-90f88e6015a3"]);
    expect(passageOf("f-f19e860944bf").filters[PASSAGE_FIELD.authorities]).toEqual(["National"]);
  });

  test("keep text order inside a passage and list the newest document's passages first", () => {
    for (const p of passages) {
      const doc = extraction.documents.find((d) => p.url.startsWith(`/reports/${d.id}/`))!;
      const starts = p.findings.map((f) => doc.findings.find((x) => x.id === f.id)!.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const dates = passages.map((p) => p.filters[PASSAGE_FIELD.date]?.[0] ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test("cut a group at the cap, by themes, so a passage holds at most MAX_PASSAGE_FINDINGS findings", () => {
    const doc = extraction.documents.find((d) => d.id.startsWith("2024-02-27-kent"))!;
    const many: ExtractedDocument = {
      ...doc,
      findings: Array.from({ length: 2 * MAX_PASSAGE_FINDINGS + 5 }, (_, i) => ({
        ...doc.findings[2]!,
        id: `f-${i.toString(16).padStart(12, "0")}`,
        start: i * 10,
        end: i * 10 + 5,
        themes: i % 2 === 0 ? ["mash"] : ["health"],
      })),
    };
    const cut = documentPassages(many, lookup);
    expect(cut.map((p) => p.findings.length)).toEqual([MAX_PASSAGE_FINDINGS, MAX_PASSAGE_FINDINGS, 5]);
    // Sorted by themes before cutting: 4 passage–theme pairs (1 + 2 + 1), where cutting in text order gives 6.
    expect(cut.map((p) => Object.keys(facetValuesOf(p.filters)["theme"] ?? {}).length).reduce((a, b) => a + b)).toBe(4);
    // Inside each passage the findings stay in text order.
    for (const p of cut) expect(p.findings.map((f) => f.id)).toEqual(p.findings.map((f) => f.id).sort());
  });

  test("give each facet value its own filter, valued by how many of the passage's findings carry it", () => {
    const p = passageOf("f-67300215cfd6");
    const facets = facetValuesOf(p.filters);
    const n = p.findings.length;
    expect(p.filters[PASSAGE_FIELD.count]).toEqual([String(n)]);
    expect(facets["polarity"]).toEqual({ strength: n });
    expect(facets["authority"]).toEqual({ kent: n });
    expect(facets["region"]).toEqual({ "south-east": n });
    expect(facets["year"]).toEqual({ "2024": n });
    expect(facets["kind"]).toEqual({ "inspection-letter": n });
    expect(facets["inspection"]).toEqual({ "focused-visit": n });
    expect(facets["goodpractice"]).toBeUndefined();
    // Themes: the union of the findings' themes, each counted exactly.
    for (const [theme, count] of Object.entries(facets["theme"] ?? {})) {
      expect(count, theme).toBe(p.findings.filter((f) => f.themes.includes(theme)).length);
    }
    expect(Object.keys(facets["theme"] ?? {}).sort()).toEqual([...new Set(p.findings.flatMap((f) => f.themes))].sort());
    expect(p.filters[facetFilterName("goodpractice", "yes")]).toBeUndefined();
    expect(passageOf("f-90f88e6015a3").filters[facetFilterName("goodpractice", "yes")]).toEqual(["1"]);
  });

  test("carry what a result shows, and each finding's themes, as hidden fields", () => {
    const p = passageOf("f-67300215cfd6");
    const doc = extraction.documents.find((d) => d.id.startsWith("2024-02-27-kent"))!;
    expect(p.filters[PASSAGE_FIELD.title]).toEqual([doc.title]);
    expect(p.filters[PASSAGE_FIELD.date]).toEqual(["2024-02-27"]);
    expect(p.filters[PASSAGE_FIELD.authorities]).toEqual(["Kent"]);
    const themes = Object.keys(facetValuesOf(p.filters)["theme"] ?? {}).sort();
    const decoded = decodeFindingThemes(p.filters[PASSAGE_FIELD.findingThemes]?.[0], themes, p.findings.length);
    expect(decoded).toEqual(p.findings.map((f) => f.themes));
    expect(p.filters[PASSAGE_FIELD.parts]).toBeUndefined();
  });

  test("count the same findings per value as the search page's facets", () => {
    for (const facet of facetOptions(extraction, lookup)) {
      const inPassages: Record<string, number> = {};
      for (const p of passages) {
        for (const [value, count] of Object.entries(facetValuesOf(p.filters)[facet.key] ?? {})) inPassages[value] = (inPassages[value] ?? 0) + count;
      }
      expect(inPassages, facet.key).toEqual(Object.fromEntries(facet.options.map((o) => [o.value, o.count])));
    }
  });
});

describe("passage HTML", () => {
  const p = passageOf("f-67300215cfd6");
  const html = passageHtml(p);

  test("makes each finding an anchor Pagefind returns as a sub-result", () => {
    for (const [i, f] of p.findings.entries()) expect(html).toContain(`<i id="${f.id}" data-pagefind-title="${i + 1}"></i>${escapeHtml(f.text)}`);
    expect(html.match(/<i id=/g)).toHaveLength(p.findings.length);
    // One paragraph, closed by a word of its own, so Pagefind adds no full stop to any finding's words.
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).toContain(` ${PASSAGE_END}</p>`);
    expect(html).toContain("<body data-pagefind-body>");
  });

  test("writes every filter as a head meta tag and no searchable metadata", () => {
    for (const [name, values] of Object.entries(p.filters)) {
      for (const value of values) expect(html).toContain(`<meta data-pagefind-filter="${name}[content]" content="${escapeHtml(value)}">`);
    }
    expect(html.match(/data-pagefind-filter=/g)).toHaveLength(Object.values(p.filters).flat().length);
    expect(html).not.toContain("data-pagefind-meta");
  });

  test("escapes all source text", () => {
    const hostile = {
      ...p,
      findings: [{ id: "f-0123456789ab", text: `<script>alert("x")</script> & 'quotes'`, themes: [], part: 1 }],
      filters: { [PASSAGE_FIELD.title]: [`Kent "front door" <b>&</b>`] },
    };
    const out = passageHtml(hostile);
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
    expect(out).toContain('content="Kent &quot;front door&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<b>");
  });
});
