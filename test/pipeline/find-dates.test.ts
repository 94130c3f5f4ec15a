import { describe, expect, test } from "vitest";
import { parseDate, parseDateExpression, parseDateExpressionNear } from "../../scripts/pipeline/metadata/find-dates.ts";
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

describe("dates letters and older reports write differently", () => {
  test("reads numeric British dates and 'the 15 and 16 of May'", () => {
    expect(parseDateExpression("12/09/2016 to 06/10/2016")).toEqual(["2016-09-12", "2016-10-06"]);
    expect(parseDateExpression("on the 15 and 16 of May 2018.")).toEqual(["2018-05-15", "2018-05-16"]);
  });

  test("spans fieldwork split in two from its first day to its last", () => {
    expect(parseDateExpression("8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019")).toEqual(["2019-07-08", "2019-08-08"]);
  });

  test("gives a yearless visit the year that puts it before the letter", () => {
    expect(parseDateExpressionNear("on 30 and 31 January.", "2018-02-22")).toEqual(["2018-01-30", "2018-01-31"]);
    expect(parseDateExpressionNear("Between 9 and 13 December, inspectors", "2020-01-31")).toEqual(["2019-12-09", "2019-12-13"]);
    expect(parseDateExpressionNear("Between 16 May and 20 May, Ofsted", "2016-06-29")).toEqual(["2016-05-16", "2016-05-20"]);
    expect(parseDateExpressionNear("on 30 and 31 January.", null)).toEqual([]);
  });

  test("finds a JTAI's dates in its opening 'Between … ,' and in 'took place from'", () => {
    expect(detectInspectionDates("Dear local partnership\n\nBetween 5 and 9 December 2016, Ofsted, the Care Quality Commission undertook a joint inspection.")).toEqual(["2016-12-05", "2016-12-09"]);
    expect(detectInspectionDates("This inspection took place from 9 to 13 December 2024.")).toEqual(["2024-12-09", "2024-12-13"]);
  });
});
