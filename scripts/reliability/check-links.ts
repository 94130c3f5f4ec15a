/**
 * Checks a built site's internal links: every href/src that points into the site must resolve to a
 * file of the dist folder (a folder means its index.html), and every #fragment to an element id of
 * the target page. External links (other schemes or hosts) are left alone.
 *
 *   node scripts/reliability/check-links.ts [dist]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";

/** One link that does not resolve. */
export interface BrokenLink {
  /** The page it is on, relative to dist ("reports/x/index.html"). */
  page: string;
  /** The attribute's value as written. */
  link: string;
  /** Why it does not resolve. */
  reason: string;
}

/** What the check found. */
export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

const LINK_ATTRIBUTE = /<(?:a|link|script|img|source|iframe|form|area)\b[^>]*?\s(?:href|src|action)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const ID_ATTRIBUTE = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/** Check every internal link of every HTML page under `dist`; `base` is the site's base path ("/" by default). */
export function checkLinks(dist: string, base = "/"): LinkReport {
  const root = resolve(dist);
  const pages = listFiles(root).filter((f) => f.endsWith(".html"));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let found = ids.get(file);
    if (!found) ids.set(file, (found = collectIds(readFileSync(file, "utf8"))));
    return found;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page, "utf8").replace(/<!--[\s\S]*?-->/g, "");
    const pageUrl = new URL(`http://site.invalid/${relative(root, page).split(sep).join("/")}`);
    for (const match of html.matchAll(LINK_ATTRIBUTE)) {
      const raw = decodeEntities(match[2] ?? match[3] ?? match[4] ?? "");
      if (raw === "" || isExternal(raw)) continue;
      links++;
      const problem = resolveLink(raw, pageUrl, root, base, idsOf);
      if (problem) broken.push({ page: relative(root, page), link: raw, reason: problem });
    }
  }
  return { pages: pages.length, links, broken };
}

/** Why `raw` on the page at `pageUrl` does not resolve, or undefined when it does. */
function resolveLink(raw: string, pageUrl: URL, root: string, base: string, idsOf: (file: string) => Set<string>): string | undefined {
  const url = new URL(raw, pageUrl);
  if (url.host !== "site.invalid") return undefined;
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `outside the site's base path ${base}`;
  path = path.slice(base.length);
  let file = join(root, path);
  if (file !== root && !file.startsWith(root + sep)) return "escapes the site folder";
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) return `no file ${relative(root, file) || "index.html"}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === "" || fragment === "top" || !file.endsWith(".html")) return undefined;
  return idsOf(file).has(fragment) ? undefined : `no element with id "${fragment}" in ${relative(root, file)}`;
}

function isExternal(raw: string): boolean {
  // Any scheme other than the site's own (http(s) URLs with a host are another site), and protocol-relative URLs.
  return /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith("//");
}

function collectIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID_ATTRIBUTE)) ids.add(decodeEntities(m[1] ?? m[2] ?? m[3] ?? ""));
  return ids;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

if (import.meta.main) {
  const dist = process.argv[2] ?? "dist";
  const report = checkLinks(dist);
  for (const b of report.broken) console.error(`${b.page}: ${b.link} — ${b.reason}`);
  console.log(`${report.pages} pages, ${report.links} internal links, ${report.broken.length} broken`);
  process.exitCode = report.broken.length > 0 ? 1 : 0;
}
