import { describe, expect, test } from "vitest";
import { shapeError } from "./shape-error.ts";
import { parseProviderPage } from "../../scripts/fetch/parse-provider-page.ts";
import { parseSiteDate } from "../../scripts/fetch/parse-site-date.ts";
import { providerPage, REPLICA_PROVIDERS } from "./replica-site.ts";

const PAGE = "https://reports.ofsted.gov.uk/provider/44/80418";
const FILES = "https://files.ofsted.gov.uk";

function day(text: string, datetime: string | null, href = `${FILES}/v1/file/50250123`): string {
  const time = datetime === null ? "" : `<div class="event__metadata"><time pubdate datetime="${datetime}">x</time></div>`;
  return `<ol class="timeline"><li class="timeline__day"><div class="event">${time}<a class="publication-link" href="${href}">Report<span class="nonvisual">${text}</span></a></div></li></ol>`;
}

describe("parseProviderPage", () => {
  test("reads every publication of the timeline: file URL and id, label, format and the timeline's date", () => {
    const publications = parseProviderPage(providerPage(REPLICA_PROVIDERS[0]!, FILES), PAGE);
    expect(publications.map((p) => [p.fileId, p.label, p.format, p.published])).toEqual([
      ["1001", "Children's services inspection", "pdf", "2023-01-13"],
      ["1002", "Children's services focused visit", "pdf", "2021-05-20"],
      ["1003", "Single inspection of LA children's services", "pdf", "2015-10-20"],
      ["1004", "Children's services inspection", "pdf", "2013-08-16"],
      ["1005", "Inspection of local authority arrangements for supporting school improvement", "pdf", "2014-05-01"],
    ]);
    expect(publications[0]!.url).toBe(`${FILES}/v1/file/1001`);
    expect(publications.every((p) => p.dateNote === undefined)).toBe(true);
  });

  test.each([
    ["Children's services focused visit, pdf - 01 August 2024", "Children's services focused visit", "2024-08-01"],
    ["Children's services inspection,  pdf - 16 August 2013", "Children's services inspection", "2013-08-16"],
    ["Single inspection of LA children's services as PDF - 10 February 2015", "Single inspection of LA children's services", "2015-02-10"],
    ["Joint area child protection inspection, PDF - 1 Mar 2022", "Joint area child protection inspection", "2022-03-01"],
  ])("the link text %j gives the label %j", (text, label, date) => {
    const [publication] = parseProviderPage(day(text, null), PAGE);
    expect(publication!.label).toBe(label);
    expect(publication!.published).toBe(date);
    expect(publication!.dateNote).toContain("div.event__metadata time[pubdate]");
  });

  test("when the link's date and the timeline's disagree, the timeline's is kept and the disagreement noted", () => {
    const [publication] = parseProviderPage(day("Children's services focused visit, pdf - 01 August 2024", "2024-08-02"), PAGE);
    expect(publication!.published).toBe("2024-08-02");
    expect(publication!.dateNote).toContain("2024-08-01");
  });

  test("a page without the timeline names ol.timeline", () => {
    const error = shapeError(() => parseProviderPage("<main><table class='reports'></table></main>", PAGE));
    expect(error.selector).toBe("ol.timeline");
    expect(error.url).toBe(PAGE);
  });

  test("a publication link without its hidden description names span.nonvisual", () => {
    const html = `<ol class="timeline"><li class="timeline__day"><a class="publication-link" href="${FILES}/v1/file/1">Report</a></li></ol>`;
    expect(shapeError(() => parseProviderPage(html, PAGE)).selector).toContain("span.nonvisual");
  });

  test("a link that is not a /v1/file/<id> URL, a text of another shape and an unreadable date each fail loudly", () => {
    expect(shapeError(() => parseProviderPage(day("Report, pdf - 01 August 2024", null, "/files/report.pdf"), PAGE)).message).toContain("/files/report.pdf");
    expect(shapeError(() => parseProviderPage(day("Children's services focused visit (August 2024)", null), PAGE)).selector).toBe("span.nonvisual");
    expect(shapeError(() => parseProviderPage(day("Report, pdf - 01 August 2024", "soon"), PAGE)).selector).toBe("div.event__metadata time[pubdate]");
  });

  test("an empty timeline is a provider without publications, not an error", () => {
    expect(parseProviderPage('<ol class="timeline"></ol>', PAGE)).toEqual([]);
  });
});

describe("parseSiteDate", () => {
  test.each([
    ["01 August 2024", "2024-08-01"],
    ["1 Aug 2024", "2024-08-01"],
    ["2024-08-01T00:00:00Z", "2024-08-01"],
    ["16 September 2013", "2013-09-16"],
  ])("%j is %s", (text, iso) => expect(parseSiteDate(text)).toBe(iso));

  test.each(["31 February 2024", "01 Augustus 2024", "2024-13-01", "yesterday", ""])("%j is no date", (text) => expect(parseSiteDate(text)).toBeNull());
});
