import { describe, expect, test } from "vitest";
import { atomFeed, escapeXml } from "../../src/lib/open-data/atom-feed.ts";
import { extraction } from "../site/fixture.ts";

describe("Atom feed", () => {
  const feed = atomFeed(extraction.documents, "https://example.org/", "Findings");

  test("has one entry per document, newest first, with absolute links", () => {
    const titles = [...feed.matchAll(/<entry>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(extraction.documents.length);
    const dates = [...feed.matchAll(/<entry>[\s\S]*?<updated>([^<]*)<\/updated>/g)].map((m) => m[1] ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed).toContain('href="https://example.org/reports/');
  });

  test("takes its date from the newest document, not the clock, so rebuilds are identical", () => {
    expect(atomFeed(extraction.documents, "https://example.org/", "Findings")).toBe(feed);
    const newest = extraction.documents.map((d) => d.published ?? "").sort().at(-1);
    const head = feed.slice(0, feed.indexOf("<entry>"));
    expect(/<updated>([^<]*)<\/updated>/.exec(head)?.[1]).toBe(`${newest}T00:00:00Z`);
  });

  test("escapes markup in titles", () => {
    expect(escapeXml(`Kent & "Medway" <b>`)).toBe("Kent &amp; &quot;Medway&quot; &lt;b&gt;");
  });
});
