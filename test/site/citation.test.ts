import { describe, expect, test } from "vitest";
import { documentCitation, harvardCitation, shortQuote } from "../../src/lib/citation.ts";

describe("harvardCitation", () => {
  test("writes publisher (year) title, publication date, the quoted finding and the permalink", () => {
    const citation = harvardCitation({
      publisher: "Ofsted",
      published: "2024-02-27",
      title: "Focused visit to Kent children's services",
      findingText: "Most children receive a timely response.",
      url: "https://example.org/reports/kent/#f-0123456789ab",
    });
    expect(citation.text).toBe(
      "Ofsted (2024) Focused visit to Kent children's services. Published 27 February 2024. " +
        "Finding: “Most children receive a timely response”. Available at: https://example.org/reports/kent/#f-0123456789ab",
    );
    expect(citation.authorDate).toBe("Ofsted (2024)");
    expect(`${citation.authorDate} ${citation.title}${citation.rest}`).toBe(citation.text);
  });

  test("says n.d. and Anon. when the date and publisher are unknown, and never adds an access date", () => {
    const citation = harvardCitation({ publisher: null, published: null, title: "A page.", findingText: "Text", url: "/r/#f" });
    expect(citation.text).toBe("Anon. (n.d.) A page. Finding: “Text”. Available at: /r/#f");
    expect(citation.text).not.toMatch(/Accessed/);
  });
});

describe("documentCitation", () => {
  test("gives the parts a document's findings share, which harvardCitation completes with a finding", () => {
    const input = { publisher: "Ofsted", published: "2024-02-27", title: "Focused visit to Kent. ", findingText: "Text.", url: "/r/#f" };
    const parts = documentCitation(input);
    expect(parts).toEqual({ authorDate: "Ofsted (2024)", title: "Focused visit to Kent", published: ". Published 27 February 2024." });
    expect(harvardCitation(input).text).toBe(`${parts.authorDate} ${parts.title}${parts.published} Finding: “Text”. Available at: /r/#f`);
  });
});

describe("shortQuote", () => {
  test("cuts a long finding at a word and marks the cut", () => {
    const long = `${"word ".repeat(60)}end.`;
    const quote = shortQuote(long);
    expect(quote.length).toBeLessThanOrEqual(161);
    expect(quote.endsWith("word…")).toBe(true);
  });
});
