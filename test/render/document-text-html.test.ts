import { describe, expect, test } from "vitest";
import { documentTextHtml, type DocumentTextContext } from "../../src/lib/render/document-text-html.ts";
import { segmentDocument } from "../../src/lib/segment-document.ts";
import { POLARITY_LABEL } from "../../src/lib/labels.ts";
import type { FindingOutcome } from "../../src/schemas/trajectory.ts";
import { extraction } from "../site/fixture.ts";

const [first, second] = extraction.documents;
const judged = first!.findings.find((f) => f.polarity !== "context" && f.themes.length > 0 && f.cues.some((c) => c.kind === "theme"))!;
const other = second!.findings.find((f) => f.polarity !== "context")!;
const outcome: FindingOutcome = {
  findingId: judged.id, documentId: first!.id, authority: "E10000016", date: "2024-02-27", polarity: "improvement", themes: judged.themes,
  outcome: "recurring", notRevisitedBecause: null, decidedBy: null, mixedLean: null, reason: "raised again in 2025", later: [],
};
const context: DocumentTextContext = {
  document: first!,
  similarFor: (f) => (f.id === judged.id ? [{ finding: other, document: second! }] : []),
  outcomesFor: (f) => (f.id === judged.id ? [outcome] : []),
  themeLabels: new Map(judged.themes.map((t) => [t, `Theme <${t}>`])),
  authorityNames: new Map([["E10000016", "Kent"], ...other.authorities.map((c) => [c, `Authority ${c}`] as [string, string])]),
};
const html = documentTextHtml(segmentDocument(first!), context);
/** The panel of one finding: from its mark to the end of its citation. */
const panelOf = (id: string) => {
  const start = html.indexOf(`id=${id}>`);
  return html.slice(start, html.indexOf("</span></span></span>", html.indexOf("<b>Cite:</b>", start)));
};
/** The other cues of a finding (not a theme's own trigger), as the panel lists them. */
const otherCues = (f: typeof judged) => f.cues.filter((c) => !(c.kind === "theme" && f.themes.includes(c.points)));

describe("documentTextHtml", () => {
  test("marks every finding with a tag linking to its permalink anchor", () => {
    for (const f of first!.findings) expect(html).toContain(`<span class="f ${f.polarity[0]}" id=${f.id}><a href=#${f.id}>${POLARITY_LABEL[f.polarity]}</a>`);
  });

  test("a finding's panel has its confidence, its themes with the words that fired them, and its other cues grouped by kind", () => {
    const panel = panelOf(judged.id);
    expect(panel).toContain(`<b>Confidence:</b> ${Math.round(judged.confidence * 100)}%`);
    const trigger = judged.cues.find((c) => c.kind === "theme" && judged.themes.includes(c.points))!;
    expect(panel).toContain(`Theme &lt;${trigger.points}&gt;</a> ("`);
    expect(panel).toContain(trigger.text.slice(0, 20).replaceAll("'", "&#39;"));
    const cues = otherCues(judged);
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues) {
      // A section cue's words are the heading the finding stands under, shown above it in the text.
      if (cue.kind === "section" && cue.text === judged.section) expect(panel).toContain("section heading ");
      else expect(panel).toContain(`"${cue.text.slice(0, 20).replaceAll("'", "&#39;")}`);
    }
    // Each kind is named once per label it points to, not once per cue.
    for (const kind of new Set(cues.map((c) => c.kind))) {
      const labels = new Set(cues.filter((c) => c.kind === kind).map((c) => c.points));
      expect(panel.split(`${kind} `).length - 1).toBe(labels.size);
    }
  });

  test("cues with the same words are one entry with each weight, and a section's cues do not repeat its heading", () => {
    const cue = (kind: string, text: string, weight: number) => ({ kind, text, points: judged.polarity, weight }) as (typeof judged.cues)[number];
    const section = "Leadership: inadequate";
    const finding = {
      ...judged, section,
      cues: [cue("lexicon", "ineffective", 1.2), cue("section", section, 1.25), cue("lexicon", "ineffective", -0.3), cue("section", section, -0.4), cue("lexicon", "have been", 0.6)],
    };
    const doc = { ...first!, findings: first!.findings.map((f) => (f.id === judged.id ? finding : f)) };
    const out = documentTextHtml(segmentDocument(doc), { ...context, document: doc });
    const start = out.indexOf("<b>Why:</b>", out.indexOf(`id=${judged.id}>`));
    const why = out.slice(start, out.indexOf("</span>", start));
    expect(why).toBe(
      `<b>Why:</b> ${POLARITY_LABEL[judged.polarity].toLowerCase()}: lexicon "ineffective" +1.2 −0.3, "have been" +0.6; section heading +1.3 −0.4. ` +
        `<b>Confidence:</b> ${Math.round(judged.confidence * 100)}%`,
    );
  });

  test("a finding's panel leaves out what the tags in front of the sentence already say", () => {
    const panel = panelOf(judged.id);
    const why = panel.slice(panel.indexOf("<b>Why:</b>"), panel.indexOf("</span>", panel.indexOf("<b>Why:</b>")));
    expect(panel).not.toContain("<b>Label:</b>");
    expect(why).not.toContain("→");
    expect(html).not.toContain('class="k"');
  });

  test("a polarity cue shows its signed weight in the decision", () => {
    const panel = panelOf(judged.id);
    const cue = judged.cues.find((c) => c.points === judged.polarity && c.kind !== "good-practice");
    expect(cue).toBeDefined();
    expect(panel).toContain(`${cue!.weight < 0 ? "−" : "+"}${Math.abs(cue!.weight).toFixed(1)}`);
  });

  test("a finding's panel links its similar findings by authority and year, says what happened next and cites the document and the permalink", () => {
    const panel = panelOf(judged.id);
    const year = (second!.published ?? second!.inspection.dates[0] ?? "undated").slice(0, 4);
    const names = other.authorities.map((c) => `Authority ${c}`).join(", ");
    expect(panel).toContain(`<b>Similar findings:</b> <a href=/reports/${second!.id}/#${other.id}>${names} (${year})</a></span>`);
    expect(panel).toContain("What happened next:");
    expect(panel).toContain(`<b>What happened next:</b> <span class="ot ot-recurring">Recurring</span> raised again in 2025</span>`);
    // The page and the anchor, linked to the document's citation, which the page states once.
    expect(panel).toContain(`<b>Cite:</b> ${judged.page === null ? "" : `p. ${judged.page} of `}<a href=#cite>the document</a>, #${judged.id}`);
    expect(panel).not.toContain(first!.publisher ?? "Anon.");
    expect(panel).not.toContain(first!.title.replaceAll("'", "&#39;"));
    // The button is made by the script that makes it work, not written for every finding.
    expect(html).not.toContain("<button");
  });

  test("writes ids and addresses without quotes, and quotes the words of cues with straight quotes that need no escape", () => {
    const panel = panelOf(judged.id);
    expect(panel).not.toContain("&quot;");
    expect(panel).not.toMatch(/ (?:id|href)="/);
    expect(panel).not.toContain("“");
  });

  test("escapes the source's text", () => {
    const tricky = { ...first!, findings: first!.findings.map((f) => ({ ...f, text: "Kent <script>alert(1)</script>" })) };
    const out = documentTextHtml({ nodes: [], unplaced: tricky.findings.slice(0, 1) }, { ...context, document: tricky });
    expect(out).not.toContain("<script>");
    expect(out).toContain("Kent &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("on a part of a document's page, links to document pages are relative to it and lead to the same addresses", () => {
    const absolute = `/reports/${second!.id}/#${other.id}`;
    for (const part of [1, 3]) {
      const relative = documentTextHtml(segmentDocument(first!), { ...context, part });
      const href = /<b>Similar findings:<\/b> <a href=([^\s>]+)>/.exec(relative)![1]!;
      expect(href.startsWith("/")).toBe(false);
      const page = part > 1 ? `https://findings.example/reports/${first!.id}/${part}/` : `https://findings.example/reports/${first!.id}/`;
      expect(new URL(href, page).href).toBe(`https://findings.example${absolute}`);
      // The same page otherwise: only those links changed.
      expect(relative.replaceAll(`<a href=${part > 1 ? "../../" : "../"}`, "<a href=/reports/")).toBe(html);
    }
  });
});
