/** Whether a download is a whole PDF: its header, its end-of-file marker and the length the server announced. */
import type { ContentCheck } from "./polite-client.ts";

/** A ContentCheck for PDFs: something else fails for good; a cut-short PDF is worth another try. */
export const checkPdf: ContentCheck = (body, headers) => {
  if (body.length === 0) return { problem: "an empty download", retry: true };
  const head = latin1(body.subarray(0, 1024));
  if (!head.includes("%PDF-")) {
    const type = headers.get("content-type") ?? "no content type";
    return { problem: `not a PDF (${type}, starts with ${JSON.stringify(head.trimStart().slice(0, 24))})`, retry: false };
  }
  const announced = Number(headers.get("content-length"));
  if (!headers.get("content-encoding") && announced > 0 && announced !== body.length) {
    return { problem: `a truncated PDF (${body.length} of ${announced} bytes)`, retry: true };
  }
  // Writers may add a line or a little padding after %%EOF; a PDF cut short has none near its end.
  if (!latin1(body.subarray(Math.max(0, body.length - 2048))).includes("%%EOF")) {
    return { problem: `a truncated PDF (${body.length} bytes, no %%EOF at its end)`, retry: true };
  }
  return null;
};

function latin1(bytes: Uint8Array): string {
  return new TextDecoder("latin1").decode(bytes);
}
