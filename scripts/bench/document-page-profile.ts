/**
 * Where the bytes of the document pages (dist/reports/<id>/… index.html) go: each part of a
 * finding's details panel, the marks, the text, the anchors of later parts and the page around
 * them, read off the markup src/lib/render/document-text-html.ts writes. `npm run bench` prints it,
 * so a change to the pages is judged on measured bytes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Bytes by what they carry, over every document page. */
export interface DocumentPageProfile {
  documents: number;
  pages: number;
  findings: number;
  bytes: number;
  /** Category → bytes; the categories add up to `bytes`. */
  parts: Record<string, number>;
}

/** A heading of a panel's part (its words) → the category its bytes count in. */
const PANEL_PARTS: readonly [RegExp, string][] = [
  [/^(?:Label|Confidence)/, "panel: labels, confidence, page"],
  [/^Themes/, "panel: themes (and the words that fired them)"],
  [/^Why/, "panel: cues"],
  [/^Similar/, "panel: similar findings"],
  [/^What happened/, "panel: what happened next"],
  [/^Cite/, "panel: citation"],
];

/** A finding's mark: its span and its tag (with a class "t <polarity>" before 2026-12-03; ids and addresses unquoted since). */
const MARK = /<span class="f [a-z]+" id="?f-[0-9a-f]+"?><a(?: class="t [a-z]+")? href="?#f-[0-9a-f]+"?>[^<]*<\/a>(?:<span class="t g">Good practice<\/span>)?/g;
/** Part 1's anchors of findings printed in later parts (with a class "later" before 2026-12). */
const LATER = /<a id="?f-[0-9a-f]+"?(?: class="later")? href="?\d+\/#f-[0-9a-f]+"?>[^<]*<\/a>/g;
const TOKEN = /<\/?([a-z]+)[^>]*>|[^<]+/g;

/** Profile every page under `dist`/reports (document pages: an id folder, and one folder per later part). */
export function profileDocumentPages(dist: string): DocumentPageProfile {
  const profile: DocumentPageProfile = { documents: 0, pages: 0, findings: 0, bytes: 0, parts: {} };
  const reports = join(dist, "reports");
  for (const entry of readdirSync(reports, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === "year") continue;
    profile.documents++;
    const folder = join(reports, entry.name);
    const pages = [join(folder, "index.html"), ...readdirSync(folder).filter((name) => /^\d+$/.test(name)).map((name) => join(folder, name, "index.html"))];
    for (const page of pages) addPage(profile, readFileSync(page, "utf8"));
  }
  return profile;
}

/** Adds one page's bytes to the profile. */
export function addPage(profile: DocumentPageProfile, html: string): void {
  profile.pages++;
  profile.bytes += Buffer.byteLength(html);
  profile.findings += html.match(/<span class="f [a-z]+" id="?f-/g)?.length ?? 0;
  let rest = "";
  let at = 0;
  for (;;) {
    const open = nextPanel(html, at);
    if (open < 0) break;
    rest += html.slice(at, open);
    at = addPanel(profile, html, open);
  }
  rest += html.slice(at);
  rest = removeCounted(profile, rest, MARK, "finding marks");
  rest = removeCounted(profile, rest, LATER, "later-part anchors");
  const text = rest.indexOf('<div class="doc-text">');
  const end = text < 0 ? -1 : rest.lastIndexOf("</div>");
  add(profile, "document text and its markup", text < 0 ? 0 : Buffer.byteLength(rest.slice(text, end)));
  add(profile, "page around the text (head, metadata, summary, navigation)", Buffer.byteLength(text < 0 ? rest : rest.slice(0, text) + rest.slice(end)));
}

/**
 * Counts a details panel starting at `start`, part by part: each part is a child of the panel named by
 * its bold key ("Similar findings elsewhere:"), or, in the older markup, the children after a key.
 * Returns where the panel ends.
 */
function addPanel(profile: DocumentPageProfile, html: string, start: number): number {
  TOKEN.lastIndex = start;
  let depth = 0;
  let childStart = -1;
  let category = "panel: labels, confidence, page";
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    const token = match[0];
    const opening = token.startsWith("<") && !token.startsWith("</") && match[1] !== "br";
    const closing = token.startsWith("</");
    if (opening && match[1] !== "a" && match[1] !== "i" && match[1] !== "b") {
      if (depth === 1) childStart = match.index;
      depth++;
    } else if (closing && match[1] !== "a" && match[1] !== "i" && match[1] !== "b") {
      depth--;
      if (depth === 0) {
        add(profile, "panel: wrappers and keys", token.length + (html.startsWith('<span class="p">', start) ? 16 : 14));
        return TOKEN.lastIndex;
      }
      if (depth === 1) {
        const child = html.slice(childStart, TOKEN.lastIndex);
        // A part's key: <span><b>Themes:</b> … now; <span><b class="k">…, or a key span before its children, earlier.
        const key = /^<(?:span|b) class="k">([^<]*)</.exec(child) ?? /^<span(?: class="[^"]*")?><(?:span|b)(?: class="k")?>([^<]*)</.exec(child);
        if (key) category = PANEL_PARTS.find(([pattern]) => pattern.test(key[1]!))?.[1] ?? category;
        const name = /^<button/.test(child) ? "panel: copy button" : /^<span class="k">/.test(child) ? "panel: wrappers and keys" : category;
        add(profile, name, Buffer.byteLength(child));
      }
    }
  }
  return html.length;
}

/** Where the next panel opens (`<span class=p>`, quoted before 2026-12-03), or -1. */
function nextPanel(html: string, from: number): number {
  const quoted = html.indexOf('<span class="p">', from);
  const bare = html.indexOf("<span class=p>", from);
  return quoted < 0 ? bare : bare < 0 ? quoted : Math.min(quoted, bare);
}

function removeCounted(profile: DocumentPageProfile, text: string, pattern: RegExp, name: string): string {
  let bytes = 0;
  const rest = text.replace(pattern, (match) => {
    bytes += Buffer.byteLength(match);
    return "";
  });
  add(profile, name, bytes);
  return rest;
}

function add(profile: DocumentPageProfile, name: string, bytes: number): void {
  profile.parts[name] = (profile.parts[name] ?? 0) + bytes;
}

/** The profile as lines: each category's share, per document and per finding. */
export function formatProfile(profile: DocumentPageProfile): string {
  const lines = [
    `document pages: ${profile.pages} pages of ${profile.documents} documents, ${(profile.bytes / 1e6).toFixed(1)} MB, ` +
      `${(profile.bytes / Math.max(1, profile.documents) / 1e3).toFixed(0)} kB a document, ${(profile.bytes / Math.max(1, profile.findings)).toFixed(0)} B a finding`,
  ];
  for (const [name, bytes] of Object.entries(profile.parts).sort((a, b) => b[1] - a[1])) {
    lines.push(
      `  ${name.padEnd(62)} ${(bytes / 1e6).toFixed(1).padStart(7)} MB ${((100 * bytes) / Math.max(1, profile.bytes)).toFixed(1).padStart(5)}% ` +
        `${(bytes / Math.max(1, profile.findings)).toFixed(0).padStart(5)} B/finding`,
    );
  }
  return lines.join("\n");
}

if (import.meta.main) {
  const dist = process.argv[2] ?? "dist";
  console.log(formatProfile(profileDocumentPages(dist)));
}
