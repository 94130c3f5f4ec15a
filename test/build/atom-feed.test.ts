import { describe, expect, test } from "vitest";
import { atomFeed, escapeXml, FEED_FINDINGS, findingsFeed, themeFeedPath } from "../../src/lib/open-data/atom-feed.ts";
import { buildCorpusIndex } from "../../src/lib/corpus-index.ts";
import { authorities, extraction } from "../site/fixture.ts";

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

describe("feeds of findings", () => {
  const index = buildCorpusIndex(extraction, authorities);
  const refs = index.findingsByAuthority.get("E10000016") ?? [];
  const feed = findingsFeed(refs, "https://example.org/", {
    title: "Kent: new findings",
    subtitle: "About Kent.",
    selfPath: "authorities/kent/feed.xml",
    pagePath: "authorities/kent/",
  });
  const entries = [...feed.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);

  test("list an authority's findings, newest first, each linking to its permalink", () => {
    expect(refs.length).toBeGreaterThan(0);
    expect(entries).toHaveLength(Math.min(refs.length, FEED_FINDINGS));
    const first = refs[0]!;
    expect(entries[0]).toContain(`href="https://example.org/reports/${first.document.id}/#${first.finding.id}"`);
    const dates = entries.map((e) => /<updated>([^<]*)</.exec(e)?.[1] ?? "");
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/authorities/kent/feed.xml"/>');
  });

  test("say what each finding is, where it is from, and escape its text", () => {
    expect(entries[0]).toMatch(/<title>(Strength|Area to improve|Recommendation|Context)[^<]*: /);
    expect(entries.every((e) => /<summary>[^<]*from “[^<]*”/.test(e))).toBe(true);
    expect(feed).not.toMatch(/<summary>[^<]*&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  test("are the same file for the same corpus and have stable ids without a site", () => {
    const again = findingsFeed(refs, undefined, { title: "t", subtitle: "s", selfPath: themeFeedPath("mash"), pagePath: "themes/mash/" });
    expect(again).toContain("<id>urn:ofsted-findings:themes:mash:feed.xml</id>");
    expect(findingsFeed(refs, undefined, { title: "t", subtitle: "s", selfPath: themeFeedPath("mash"), pagePath: "themes/mash/" })).toBe(again);
  });
});
