import { describe, expect, test } from "vitest";
import { fileNameDate, letterDateAfterVisit, printedPublicationDate, publicationDates } from "../../../scripts/pipeline/metadata/publication-date.ts";

describe("publication dates", () => {
  test("a corpus file named by its publication date gives that date", () => {
    expect(fileNameDate("/corpus/leeds/2018-12-18-childrens-services-inspection.pdf")).toBe("2018-12-18");
    expect(fileNameDate("/corpus/seeds/001_6e4218c83c824e7a.txt")).toBeNull();
    expect(fileNameDate("/corpus/2019-02-30-letter.pdf")).toBeNull();
  });

  test("reads the printed 'Report published:' line in words or numbers, not 'originally published on'", () => {
    expect(printedPublicationDate("Inspection date: 11 April 2016 to 6 May 2016\n\nReport published: 27 June 2016")).toBe("2016-06-27");
    expect(printedPublicationDate("Report published: 25/11/2016")).toBe("2016-11-25");
    expect(printedPublicationDate("Findings about the local authority were originally published on 11 February 2014")).toBeNull();
    expect(printedPublicationDate("The report, published on 12 March 2024, found that leaders had acted.")).toBeNull();
  });

  test("reads a news page's 'Published 28 March 2017' or 'Posted on …' line", () => {
    expect(printedPublicationDate("Council rated good\n\nPublished 28 March 2017\n\nBody text.")).toBe("2017-03-28");
    expect(printedPublicationDate("Council rated good\nPosted on Tuesday, March 28, 2017 by Staff")).toBe("2017-03-28");
  });

  test("the file's date is the publication date; the letter's own date is kept as dated", () => {
    expect(publicationDates({ path: "/l/kent/2024-02-29-focused-visit.pdf", text: "", dateline: "27 February 2024", metaPublished: undefined })).toEqual({ published: "2024-02-29", dated: "2024-02-27" });
    expect(publicationDates({ path: "/l/letter.pdf", text: "", dateline: "27 February 2024", metaPublished: "2024-02-20" })).toEqual({ published: "2024-02-27", dated: "2024-02-27" });
    expect(publicationDates({ path: "/l/report.pdf", text: "", dateline: null, metaPublished: "2024-02-20" })).toEqual({ published: "2024-02-20", dated: null });
  });

  test("a January letter carrying last year's number is moved after its visit", () => {
    expect(letterDateAfterVisit("2019-01-21", ["2019-12-18", "2019-12-19"])).toBe("2020-01-21");
    expect(letterDateAfterVisit("2020-01-21", ["2019-12-18", "2019-12-19"])).toBe("2020-01-21");
    // Far from the visit even a year later: not a slip of the year, left as written.
    expect(letterDateAfterVisit("2018-01-21", ["2019-12-18"])).toBe("2018-01-21");
  });
});
