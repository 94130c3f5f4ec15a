import { describe, expect, test } from "vitest";
import { impliedDate } from "../../src/lib/trajectories/authority-timelines.ts";

describe("impliedDate", () => {
  test("places an undated article at the end of the latest year it reports", () => {
    expect(impliedDate("Ofsted last inspected the council in 2017. Since October 2018, there has been a single route.")).toBe("2018-12-31");
  });

  test("ignores numbers that are not years a text dates by", () => {
    expect(impliedDate("More than 2019 children were seen; 1,300 are locked up.")).toBeNull();
  });
});
