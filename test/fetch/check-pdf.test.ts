import { describe, expect, test } from "vitest";
import { checkPdf } from "../../scripts/fetch/check-pdf.ts";
import { makePdf } from "../../scripts/reliability/make-pdf.ts";

const pdf = makePdf({ pages: [["Inspection of Kent children's services"]] });

describe("checkPdf", () => {
  test("a whole PDF passes, with or without a length header, and with a little padding after %%EOF", () => {
    expect(checkPdf(pdf, new Headers())).toBeNull();
    expect(checkPdf(pdf, new Headers({ "content-length": String(pdf.length) }))).toBeNull();
    expect(checkPdf(new Uint8Array([...pdf, 10, 32, 10]), new Headers())).toBeNull();
  });

  test("a PDF cut short is worth another try: it lacks %%EOF, or is shorter than announced", () => {
    expect(checkPdf(pdf.subarray(0, 300), new Headers())).toEqual({ problem: "a truncated PDF (300 bytes, no %%EOF at its end)", retry: true });
    expect(checkPdf(pdf, new Headers({ "content-length": String(pdf.length + 10) }))).toMatchObject({ retry: true, problem: expect.stringContaining("truncated") });
    expect(checkPdf(new Uint8Array(), new Headers())).toMatchObject({ retry: true });
  });

  test("an HTML page is not a PDF, for good, and the message says what it was", () => {
    const page = new TextEncoder().encode("<!DOCTYPE html><title>Error</title>");
    expect(checkPdf(page, new Headers({ "content-type": "text/html" }))).toEqual({ problem: 'not a PDF (text/html, starts with "<!DOCTYPE html><title>Er")', retry: false });
  });
});
