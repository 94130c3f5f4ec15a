import { describe, expect, test } from "vitest";
import { parseDate, parseDateExpression } from "../../scripts/pipeline/metadata/find-dates.ts";
import { detectInspectionDates } from "../../scripts/pipeline/metadata/detect-inspection.ts";

describe("dates as inspection documents write them", () => {
  test.each([
    ["on 23 and 24 January 2024.", ["2024-01-23", "2024-01-24"]],
    ["Inspection dates: 9 to 20 May 2022", ["2022-05-09", "2022-05-20"]],
    ["28 February to 4 March 2022", ["2022-02-28", "2022-03-04"]],
    ["30 December to 3 January 2020", ["2019-12-30", "2020-01-03"]],
    ["13 May 2019 to 24 May 2019", ["2019-05-13", "2019-05-24"]],
    ["6, 7 and 8 March 2023", ["2023-03-06", "2023-03-07", "2023-03-08"]],
    ["31 February 2023", []],
  ])("reads %j", (text, dates) => {
    expect(parseDateExpression(text)).toEqual(dates);
  });

  test("reads a news dateline in month-first order", () => {
    expect(parseDate("Tuesday, March 28, 2017")).toBe("2017-03-28");
  });

  test("finds fieldwork dates after the words that introduce them", () => {
    expect(detectInspectionDates("This letter summarises the findings of the focused visit to Anytown on 5 and 6 June 2023.")).toEqual([
      "2023-06-05",
      "2023-06-06",
    ]);
    expect(detectInspectionDates("Published on 1 July 2023. Nothing about fieldwork.")).toEqual([]);
  });
});
