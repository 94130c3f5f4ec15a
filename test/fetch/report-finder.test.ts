import { describe, expect, test } from "vitest";
import { leastDelayMs, searchUrl } from "../../scripts/fetch/report-finder.ts";

describe("report finder URLs and manners", () => {
  test("the search asks for local authority children's services providers, a page of rows from start", () => {
    const url = new URL(searchUrl("https://reports.ofsted.gov.uk", 100));
    expect(url.pathname).toBe("/search");
    expect(url.searchParams.get("level_1_types")).toBe("3");
    expect(url.searchParams.getAll("level_2_types[]")).toEqual(["12"]);
    expect(url.searchParams.get("start")).toBe("100");
    expect(url.searchParams.get("rows")).toBe("100");
  });

  test("a replica on this machine may be asked without a gap; any other host gets at least 800 ms", () => {
    expect(leastDelayMs(new URL("http://127.0.0.1:4000"))).toBe(0);
    expect(leastDelayMs(new URL("http://localhost:4000"))).toBe(0);
    expect(leastDelayMs(new URL("https://reports.ofsted.gov.uk"))).toBe(800);
    expect(leastDelayMs(new URL("http://127.0.0.1.example.com"))).toBe(800);
  });
});
