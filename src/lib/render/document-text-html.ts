/**
 * A document's text as HTML, with every finding marked inline and its details panel (labels, cues,
 * similar findings, what happened next, citation). Written as string templates rather than Astro
 * components: a national corpus has over 100,000 findings, and a component per finding, cue and
 * badge made rendering the document pages the longest part of the build. Every piece of source
 * text goes through escapeHtml.
 */
import type { ExtractedDocument, Finding } from "../../schemas/index.ts";
import type { FindingOutcome } from "../../schemas/trajectory.ts";
import { harvardCitation } from "../citation.ts";
import { documentDate, type FindingRef } from "../finding-ref.ts";
import { POLARITY_LABEL, yearOf } from "../labels.ts";
import type { RenderBlock, Run, SegmentedDocument } from "../segment-document.ts";
import { absoluteUrl, findingUrl, permalinkUrl, themeUrl } from "../urls.ts";
import { escapeHtml } from "./escape-html.ts";
import { outcomeBadgeHtml } from "./outcome-badge-html.ts";

/** What the text needs besides its blocks: the document and the lookups of each finding's panel. */
export interface DocumentTextContext {
  document: ExtractedDocument;
  /** The site's origin, for absolute permalinks in citations (undefined → site-relative). */
  site: URL | undefined;
  similarFor: (finding: Finding) => FindingRef[];
  outcomesFor: (finding: Finding) => FindingOutcome[];
  themeLabels: ReadonlyMap<string, string>;
  authorityNames: ReadonlyMap<string, string>;
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
  return out.join("");
}

function headingTag(block: RenderBlock): string {
  return `h${Math.min(Math.max(block.level ?? 3, 3), 6)}`;
}

function runsHtml(runs: readonly Run[], context: DocumentTextContext): string {
  return runs.map((run) => (run.kind === "text" ? escapeHtml(run.text) : findingHtml(run.finding, run.text, context))).join("");
}

/** One finding in the text: tinted by polarity, a text tag linking to its permalink, and its details panel. */
function findingHtml(finding: Finding, text: string, context: DocumentTextContext): string {
  const p = finding.polarity[0];
  const id = escapeHtml(finding.id);
  const goodPractice = finding.goodPractice ? '<span class="t g">Good practice</span>' : "";
  return (
    `<span class="f ${p}" id="${id}"><a class="t ${p}" href="#${id}">${POLARITY_LABEL[finding.polarity]}</a>${goodPractice} ` +
    `${escapeHtml(text)}${panelHtml(finding, context)}</span>`
  );
}

/**
 * The details panel, hidden by CSS until the finding is the URL's :target; phrasing content only (it
 * sits inside a paragraph). Every finding of a document carries one, so its markup is kept lean (the
 * document pages were 840 kB a document, 2.1 kB a finding, before; the citation and similar findings
 * were 40% of that): a theme's cue (the words that fired it) is shown beside the theme rather than
 * repeated as a line of its own, the other cues share one line, the section is the
 * heading the text already shows above the finding, the citation does not quote the sentence it
 * stands under, and the copy button is added by the script that makes it work.
 */
function panelHtml(finding: Finding, context: DocumentTextContext): string {
  const { document, themeLabels, authorityNames } = context;
  const facts = [
    POLARITY_LABEL[finding.polarity],
    finding.goodPractice ? "good practice" : null,
    `confidence ${Math.round(finding.confidence * 100)}%`,
    finding.page === null ? null : `page ${finding.page}`,
    finding.reviewed ? "checked by a curator" : null,
  ].filter((x): x is string => x !== null);
  const out = [`<span class="p"><span><b class="k">Label:</b> ${escapeHtml(facts.join(" · "))}</span>`];

  const themeCues = new Map<string, string[]>();
  const otherCues: string[] = [];
  for (const cue of finding.cues) {
    if (cue.kind === "theme" && finding.themes.includes(cue.points)) {
      const triggers = themeCues.get(cue.points) ?? [];
      if (!triggers.includes(cue.text)) triggers.push(cue.text);
      themeCues.set(cue.points, triggers);
    } else otherCues.push(`${cue.kind} “${shorten(cue.text, 60)}” → ${cuePoints(cue.points, context)}${cueWeight(cue)}`);
  }
  if (finding.themes.length > 0) {
    const links = finding.themes.map((themeId) => {
      const label = themeLabels.get(themeId);
      const link = label === undefined ? escapeHtml(themeId) : `<a href="${escapeHtml(themeUrl(themeId))}">${escapeHtml(label)}</a>`;
      const triggers = themeCues.get(themeId);
      return triggers ? `${link} (${escapeHtml(triggers.map((t) => `“${shorten(t, 40)}”`).join(", "))})` : link;
    });
    out.push(`<span><b class="k">Themes:</b> ${links.join("; ")}</span>`);
  }
  if (otherCues.length > 0) out.push(`<span><b class="k">Why it was labelled so:</b> ${escapeHtml(otherCues.join("; "))}</span>`);

  const similar = context.similarFor(finding);
  if (similar.length > 0) {
    const links = similar.map((ref) => {
      const who = ref.finding.authorities.map((code) => authorityNames.get(code) ?? code).join(", ");
      const when = yearOf(documentDate(ref.document)) ?? "undated";
      const other = ref.finding.polarity !== finding.polarity ? `, ${POLARITY_LABEL[ref.finding.polarity].toLowerCase()}` : "";
      const href = escapeHtml(findingUrl(ref.document.id, ref.finding.id));
      return `<a class="sim" href="${href}">${escapeHtml(`${who} (${when}${other}): ${shorten(ref.finding.text, 45)}`)}</a>`;
    });
    out.push(`<span><b class="k">Similar findings elsewhere:</b> ${links.join(" ")}</span>`);
  }

  const outcomes = context.outcomesFor(finding);
  if (outcomes.length > 0) {
    const lines = outcomes.map((outcome) => {
      const authorityName = outcomes.length > 1 ? (authorityNames.get(outcome.authority) ?? outcome.authority) : undefined;
      return `<span class="outcome-line">${outcomeBadgeHtml(outcome, { authorityName })}</span>`;
    });
    out.push(`<span><b class="k">What happened next:</b> ${lines.join("")}</span>`);
  }

  const citation = findingCitation(document, absoluteUrl(permalinkUrl(document.id, finding.id), context.site));
  out.push(`<span><b class="k">Cite this:</b> <span class="cite">${citation}</span></span></span>`);
  return out.join("");
}

/**
 * A Harvard-style citation of a finding as HTML: the document's author, year and title, and the
 * finding's permalink. The sentence itself stands right before it (the copy button quotes it).
 */
function findingCitation(document: ExtractedDocument, url: string): string {
  const { authorDate, title } = harvardCitation({ publisher: document.publisher, published: document.published, title: document.title, findingText: "", url });
  return `${escapeHtml(authorDate)} <i>${escapeHtml(title)}</i>. Available at: ${escapeHtml(url)}`;
}

/** A polarity cue's weight in the model's decision, signed (a negative one counted against the label); nothing for other cues. */
function cueWeight(cue: Finding["cues"][number]): string {
  if (!(cue.points in POLARITY_LABEL) || cue.kind === "good-practice" || cue.kind === "curation") return "";
  return ` ${cue.weight < 0 ? "−" : "+"}${Math.abs(cue.weight).toFixed(1)}`;
}

/** What a cue points to, in words: a polarity, a theme or an authority. */
function cuePoints(points: string, context: DocumentTextContext): string {
  if (points in POLARITY_LABEL) return POLARITY_LABEL[points as keyof typeof POLARITY_LABEL].toLowerCase();
  return context.themeLabels.get(points) ?? context.authorityNames.get(points) ?? points;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
