/** Read a built site's HTML pages and the parts of them the safety checks look at: CSP, URL attributes, event handlers. */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** An HTML page of dist: its path relative to dist and its markup. */
export interface DistPage {
  page: string;
  html: string;
}

/** Every .html file under `dist`, sorted by path. */
export function distPages(dist: string): DistPage[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => ({ page: relative(dist, file), html: readFileSync(file, "utf8") }));
}

/** The page's Content-Security-Policy meta tags' content, parsed into directive → sources. */
export function cspOf(html: string): Map<string, string[]>[] {
  const metas = [...html.matchAll(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi)].map((m) => m[0]);
  return metas.map((meta) => {
    const content = /\scontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(meta);
    const policy = new Map<string, string[]>();
    for (const directive of (content?.[1] ?? content?.[2] ?? "").split(";")) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name) policy.set(name.toLowerCase(), sources);
    }
    return policy;
  });
}

/** URL-bearing attributes whose value is a javascript:, vbscript: or data:text/html URL (entities and spacing folded). */
export function scriptUrls(html: string): string[] {
  const found: string[] = [];
  const attribute = /<[a-z][^>]*?\s(?:href|src|action|formaction|xlink:href|data|poster|srcdoc)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
  for (const m of html.matchAll(attribute)) {
    const value = (m[1] ?? m[2] ?? m[3] ?? "").replace(/&#x0*([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&#0*(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)));
    const folded = value.replace(/[\s\u0000-\u001f]+/g, "").toLowerCase();
    if (/^(?:javascript|vbscript):|^data:text\/html/.test(folded)) found.push(value);
  }
  return found;
}

/** Inline event handler attributes (onclick=, onerror=…) on any element. */
export function eventHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)].map((m) => m[1]!);
}
