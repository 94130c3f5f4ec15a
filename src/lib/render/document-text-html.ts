/**
 * A document's text as HTML, with every finding marked inline and its details panel (labels, cues,
 * similar findings, what happened next, citation). Written as string templates rather than Astro
 * components: a national corpus has over 100,000 findings, and a component per finding, cue and
 * badge made rendering the document pages the longest part of the build. Every piece of source
 * text goes through escapeHtml.
 */
import type { ExtractedDocument, Finding } from "../../schemas/index.ts";
import type { FindingOutcome } from "../../schemas/trajectory.ts";
import { documentDate, type FindingRef } from "../finding-ref.ts";
import { POLARITY_LABEL, yearOf } from "../labels.ts";
import type { RenderBlock, Run, SegmentedDocument } from "../segment-document.ts";
import { findingUrl, sitePath, themeUrl } from "../urls.ts";
import { attr, escapeHtml } from "./escape-html.ts";
import { outcomeLineHtml } from "./outcome-badge-html.ts";

/** What the text needs besides its blocks: the document and the lookups of each finding's panel. */
export interface DocumentTextContext {
  document: ExtractedDocument;
  similarFor: (finding: Finding) => FindingRef[];
  outcomesFor: (finding: Finding) => FindingOutcome[];
  themeLabels: ReadonlyMap<string, string>;
  authorityNames: ReadonlyMap<string, string>;
  /**
   * The part of the document's page the text is printed on (1: /reports/<id>/, n: /reports/<id>/n/). Given,
   * links to document pages (similar findings, what happened next) are written relative to it
   * ("../<id>/#f-…"), 5 bytes shorter each; a document page links to others about twice a finding.
   */
  part?: number | undefined;
}

/** The blocks of (part of) a document as HTML: headings, paragraphs, lists, furniture muted; findings inline. */
export function documentTextHtml(segmented: SegmentedDocument, context: DocumentTextContext): string {
  const out: string[] = [];
  for (const node of segmented.nodes) {
    if (node.type === "list") out.push(`<ul>${node.items.map((item) => `<li>${runsHtml(item.runs, context)}</li>`).join("")}</ul>`);
    else if (node.type === "heading") {
      const tag = headingTag(node);
      out.push(`<${tag}>${runsHtml(node.runs, context)}</${tag}>`);
    } else out.push(`<p${node.type === "furniture" ? ' class="fur"' : ""}>${runsHtml(node.runs, context)}</p>`);
  }
  if (segmented.unplaced.length > 0) {
    out.push("<h3>Findings that could not be placed in the text</h3><ul>");
    for (const finding of segmented.unplaced) out.push(`<li>${findingHtml(finding, finding.text, context)}</li>`);
    out.push("</ul>");
  }
  const html = out.join("");
  if (context.part === undefined) return html;
  // Source text is escaped (a "<" is &lt;), so only the links written here start so.
  return html.replaceAll(`<a href=${attr(sitePath("reports/"))}`, `<a href=${context.part > 1 ? "../../" : "../"}`);
}

function headingTag(block: RenderBlock): string {
  return `h${Math.min(Math.max(block.level ?? 3, 3), 6)}`;
}

function runsHtml(runs: readonly Run[], context: DocumentTextContext): string {
  return runs.map((run) => (run.kind === "text" ? escapeHtml(run.text) : findingHtml(run.finding, run.text, context))).join("");
}

/**
 * One finding in the text: tinted by polarity, a text tag linking to its permalink, and its details panel.
 * The tag is the finding's first child and carries no class: the CSS styles `.f > a:first-child` as a
 * polarity tag (.t) in its finding's colour, which saves a class on every finding.
 */
function findingHtml(finding: Finding, text: string, context: DocumentTextContext): string {
  const p = finding.polarity[0];
  const id = attr(finding.id);
  const goodPractice = finding.goodPractice ? '<span class="t g">Good practice</span>' : "";
  return (
    `<span class="f ${p}" id=${id}><a href=${attr(`#${finding.id}`)}>${POLARITY_LABEL[finding.polarity]}</a>${goodPractice} ` +
    `${escapeHtml(text)}${panelHtml(finding, context)}</span>`
  );
}

/**
 * The details panel, hidden by CSS until the finding is the URL's :target; phrasing content only (it
 * sits inside a paragraph). Every finding of a document carries one, so its markup is kept lean
 * (measured with scripts/bench/document-page-profile.ts; docs/performance.md has the figures): each
 * line is a bare span with a bold key (the CSS styles `.p > span` and `.p b`); the polarity and good
 * practice are the tags in front of the sentence, so the panel does not repeat them; a theme's cue
 * (the words that fired it) stands beside the theme; the other cues are grouped by what they point
 * to and by kind, so neither is repeated for every cue; similar findings are links that name the
 * authority and the year; the citation gives the page and the anchor and links to the document's
 * citation, stated once on the page (the copy button, made by the script, puts the whole together).
 */
function panelHtml(finding: Finding, context: DocumentTextContext): string {
  const { themeLabels, authorityNames } = context;
  const facts = [`${Math.round(finding.confidence * 100)}%`, finding.reviewed ? "checked by a curator" : null].filter((x): x is string => x !== null);
  const confidence = `<b>Confidence:</b> ${facts.join(" · ")}`;
  const out = ["<span class=p>"];

  const themeCues = new Map<string, string[]>();
  const otherCues: Finding["cues"] = [];
  for (const cue of finding.cues) {
    if (cue.kind === "theme" && finding.themes.includes(cue.points)) {
      const triggers = themeCues.get(cue.points) ?? [];
      if (!triggers.includes(cue.text)) triggers.push(cue.text);
      themeCues.set(cue.points, triggers);
    } else otherCues.push(cue);
  }
  if (finding.themes.length > 0) {
    const links = finding.themes.map((themeId) => {
      const label = themeLabels.get(themeId);
      const link = label === undefined ? escapeHtml(themeId) : `<a href=${attr(themeUrl(themeId))}>${escapeHtml(label)}</a>`;
      const triggers = themeCues.get(themeId);
      return triggers ? `${link} (${triggers.map((t) => `"${escapeHtml(shorten(t, 40))}"`).join(", ")})` : link;
    });
    out.push(`<span><b>Themes:</b> ${links.join("; ")}</span>`);
  }
  // The confidence closes the line of cues (one line, not two: every finding has both).
  out.push(otherCues.length > 0 ? `<span><b>Why:</b> ${cuesHtml(otherCues, finding.section, context)}. ${confidence}</span>` : `<span>${confidence}</span>`);

  const similar = context.similarFor(finding);
  if (similar.length > 0) {
    const links = similar.map((ref) => {
      const who = ref.finding.authorities.map((code) => authorityNames.get(code) ?? code).join(", ");
      const when = yearOf(documentDate(ref.document)) ?? "undated";
      return `<a href=${attr(findingUrl(ref.document.id, ref.finding.id))}>${escapeHtml(`${who} (${when})`)}</a>`;
    });
    out.push(`<span><b>Similar findings:</b> ${links.join(", ")}</span>`);
  }

  const outcomes = context.outcomesFor(finding);
  if (outcomes.length > 0) {
    const lines = outcomes.map((outcome) =>
      outcomeLineHtml(outcome, outcomes.length > 1 ? (authorityNames.get(outcome.authority) ?? outcome.authority) : undefined),
    );
    out.push(`<span><b>What happened next:</b> ${lines.join("")}</span>`);
  }

  // The citation is the panel's last line, which the CSS and the copy buttons find without a class.
  out.push(`<span><b>Cite:</b> ${findingCitation(finding)}</span></span>`);
  return out.join("");
}

/**
 * A finding's citation in its panel: its page and its anchor, linked to the document's citation (stated
 * once on the page, src/lib/render/document-citation-html.ts), which the anchor completes into the
 * permalink. The sentence itself stands right before it; the copy button quotes it and puts it all together.
 */
function findingCitation(finding: Finding): string {
  return `${finding.page === null ? "" : `p. ${finding.page} of `}<a href=#cite>the document</a>, #${escapeHtml(finding.id)}`;
}

/**
 * The cues other than the themes' own, in words: grouped by what they point to, then by kind, then by
 * their words (the model weighs a section heading in several ways, one cue each), in the order each
 * first appears (heaviest first), e.g. `area to improve: lexicon "ineffective" +1.2, "have been" +0.6;
 * section heading +1.3 −0.4`, as HTML. A section cue's words are the heading the finding stands under, which
 * the text shows above it, so they are not repeated for every finding of the section. Cues are quoted
 * with straight quotes, which text needs no escape for: a curly quote is three bytes in UTF-8, and the
 * panels quote about ten words a finding.
 */
function cuesHtml(cues: Finding["cues"], section: string | null, context: DocumentTextContext): string {
  const byPoints = new Map<string, Map<string, Map<string, string>>>();
  for (const cue of cues) {
    const byKind = byPoints.get(cue.points) ?? new Map<string, Map<string, string>>();
    byPoints.set(cue.points, byKind);
    const byText = byKind.get(cue.kind) ?? new Map<string, string>();
    byKind.set(cue.kind, byText);
    const text = cue.kind === "section" && cue.text === section ? "heading" : `"${escapeHtml(shorten(cue.text, 60))}"`;
    byText.set(text, `${byText.get(text) ?? text}${cueWeight(cue)}`);
  }
  return [...byPoints]
    .map(([points, byKind]) => `${escapeHtml(cuePoints(points, context))}: ${[...byKind].map(([kind, byText]) => `${escapeHtml(kind)} ${[...byText.values()].join(", ")}`).join("; ")}`)
    .join(" · ");
}

/** A polarity cue's weight in the model's decision, signed (a negative one counted against the label); nothing for other cues. */
function cueWeight(cue: Finding["cues"][number]): string {
  if (!(cue.points in POLARITY_LABEL) || cue.kind === "good-practice" || cue.kind === "curation") return "";
  return ` ${cue.weight < 0 ? "−" : "+"}${Math.abs(cue.weight).toFixed(1)}`;
}

/** What a cue points to, in words: a polarity, a theme or an authority. */
function cuePoints(points: string, context: DocumentTextContext): string {
  if (points === "goodPractice") return "good practice";
  if (points in POLARITY_LABEL) return POLARITY_LABEL[points as keyof typeof POLARITY_LABEL].toLowerCase();
  return context.themeLabels.get(points) ?? context.authorityNames.get(points) ?? points;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
