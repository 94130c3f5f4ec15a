/** The fields of a page's schema.org JSON-LD that describe the article. */
export interface JsonLdArticle {
  headline?: string | undefined;
  datePublished?: string | undefined;
  publisher?: string | undefined;
  author?: string | undefined;
  url?: string | undefined;
}

/** Reads the article's fields from every <script type="application/ld+json"> of the page; broken JSON is skipped. */
export function readJsonLd(document: Document): JsonLdArticle {
  const found: JsonLdArticle = {};
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      found.headline ??= text(item["headline"]) ?? text(item["name"] && item["datePublished"] ? item["name"] : undefined);
      found.datePublished ??= text(item["datePublished"]);
      found.publisher ??= nameOf(item["publisher"]);
      found.author ??= nameOf(item["author"]);
      if (item["datePublished"] || item["headline"]) found.url ??= text(item["url"]) ?? text(item["mainEntityOfPage"]) ?? nameOf(item["mainEntityOfPage"], "@id");
    }
  }
  return found;
}

/** JSON-LD comes as one object, an array, or a @graph of objects. */
function flatten(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (typeof data !== "object" || data === null) return [];
  const record = data as Record<string, unknown>;
  return [record, ...flatten(record["@graph"])];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** A person or organisation is a string, an object with a name, or a list of either. */
function nameOf(value: unknown, key = "name"): string | undefined {
  if (Array.isArray(value)) return value.map((item) => nameOf(item, key)).filter(Boolean).join(", ") || undefined;
  if (typeof value === "object" && value !== null) return text((value as Record<string, unknown>)[key]);
  return key === "name" ? text(value) : undefined;
}
