import { describe, expect, test } from "vitest";
import { documentTextHtml, type DocumentTextContext } from "../../src/lib/render/document-text-html.ts";
import { segmentDocument } from "../../src/lib/segment-document.ts";
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
  site: new URL("https://findings.example/"),
  similarFor: (f) => (f.id === judged.id ? [{ finding: other, document: second! }] : []),
  outcomesFor: (f) => (f.id === judged.id ? [outcome] : []),
  themeLabels: new Map(judged.themes.map((t) => [t, `Theme <${t}>`])),
  authorityNames: new Map([["E10000016", "Kent"], ...other.authorities.map((c) => [c, `Authority ${c}`] as [string, string])]),
};
const html = documentTextHtml(segmentDocument(first!), context);
/** The panel of one finding: from its mark to the end of its citation. */
const panelOf = (id: string) => {
  const start = html.indexOf(`id="${id}"`);
  return html.slice(start, html.indexOf("</span></span></span>", html.indexOf('class="cite"', start)));
};

describe("documentTextHtml", () => {
  test("marks every finding with a tag linking to its permalink anchor", () => {
    for (const f of first!.findings) expect(html).toContain(`id="${f.id}"><a class="t ${f.polarity[0]}" href="#${f.id}">`);
  });

  test("a finding's panel has its label, confidence and page, its themes with the words that fired them, and its other cues", () => {
    const panel = panelOf(judged.id);
    expect(panel).toContain(`<b class="k">Label:</b>`);
    expect(panel).toContain(`confidence ${Math.round(judged.confidence * 100)}%`);
    if (judged.page !== null) expect(panel).toContain(`page ${judged.page}`);
    const trigger = judged.cues.find((c) => c.kind === "theme" && judged.themes.includes(c.points))!;
    expect(panel).toContain(`Theme &lt;${trigger.points}&gt;</a> (“`);
    expect(panel).toContain(trigger.text.slice(0, 20).replaceAll("'", "&#39;"));
    for (const cue of judged.cues.filter((c) => c.kind !== "theme")) expect(panel).toContain(`${cue.kind} “`);
  });

  test("a polarity cue shows its signed weight in the decision", () => {
    const panel = panelOf(judged.id);
    const cue = judged.cues.find((c) => c.points === judged.polarity && c.kind !== "good-practice");
    expect(cue).toBeDefined();
    expect(panel).toContain(`${cue!.weight < 0 ? "−" : "+"}${Math.abs(cue!.weight).toFixed(1)}`);
  });

  test("a finding's panel links its similar findings, says what happened next and cites the document and the permalink", () => {
    const panel = panelOf(judged.id);
    expect(panel).toContain(`<a class="sim" href="/reports/${second!.id}/#${other.id}">`);
    expect(panel).toContain("What happened next:");
    expect(panel).toContain("raised again in 2025");
    expect(panel).toContain(`Available at: https://findings.example/reports/${first!.id}/#${judged.id}`);
    expect(panel).toContain(`<i>${first!.title.replace(/[.\s]+$/, "").replaceAll("'", "&#39;")}</i>`);
    // The button is made by the script that makes it work, not written for every finding.
    expect(html).not.toContain("<button");
  });

  test("escapes the source's text", () => {
    const tricky = { ...first!, title: "Kent <script>alert(1)</script>" };
    const out = documentTextHtml(segmentDocument(tricky), { ...context, document: tricky });
    expect(out).not.toContain("<script>");
    expect(out).toContain("Kent &lt;script&gt;");
  });
});
