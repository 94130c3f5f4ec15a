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

/** Spans of the details panel and around it, by the class the templates give them (the first match wins). */
const PATTERNS: readonly [string, RegExp][] = [
  ["similar findings", /<(?:span|li) class="sim">.*?<\/a><\/(?:span|li)>/g],
  ["what happened next", /<(?:span|li) class="outcome-line">.*?<\/span><\/(?:span|li)>(?=<(?:span|li) class="outcome-line"|<(?:span|b) class="k"|<\/ul>|<span class="cite"|<\/span>)/g],
  ["citation", /<span class="cite">.*?<\/span>/g],
  ["cues", /<(?:span|li) class="cue">.*?<\/(?:span|li)>/g],
  ["copy button", /<button type="button" class="copy[^"]*"[^>]*>[^<]*<\/button>/g],
  ["panel labels and themes", /<span class="p">.*?(?=<(?:span|b) class="k")/g],
  ["panel headings and wrappers", /<(?:span|b) class="k">[^<]*<\/(?:span|b)>|<\/?ul class="[a-z]+">|<\/ul>|<span class="p">|<\/span><\/span>/g],
  ["later-part anchors", /<a id="f-[0-9a-f]+" class="later"[^>]*>[^<]*<\/a>/g],
  ["finding marks", /<span class="f [a-z]+" id="f-[0-9a-f]+"><a class="t [a-z]+" href="#f-[0-9a-f]+">[^<]*<\/a>(?:<span class="t g">Good practice<\/span>)?/g],
];

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
  profile.findings += html.match(/<span class="f [a-z]+" id="f-/g)?.length ?? 0;
  const text = html.indexOf('<div class="doc-text">');
  const end = text < 0 ? -1 : html.lastIndexOf("</div>");
  const body = text < 0 ? "" : html.slice(text, end);
  let rest = body;
  for (const [name, pattern] of PATTERNS) {
    let bytes = 0;
    rest = rest.replace(pattern, (match) => {
      bytes += Buffer.byteLength(match);
      return "";
    });
    add(profile, name, bytes);
  }
  // Later-part anchors stand before the text: count them in the page around it.
  let around = html.slice(0, Math.max(text, 0)) + (end < 0 ? "" : html.slice(end));
  let later = 0;
  around = around.replace(PATTERNS.find(([name]) => name === "later-part anchors")![1], (match) => {
    later += Buffer.byteLength(match);
    return "";
  });
  add(profile, "later-part anchors", later);
  add(profile, "document text and its markup", Buffer.byteLength(rest));
  add(profile, "page around the text (head, metadata, summary, navigation)", Buffer.byteLength(around));
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
