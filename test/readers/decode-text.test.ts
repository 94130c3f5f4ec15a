import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decodeText } from "../../scripts/readers/decode-text.ts";
import { ReaderError } from "../../scripts/readers/source-document.ts";

// A sentence with everything a wrong decoding breaks: a pound sign, curly quotes, an apostrophe, an accent.
const SAMPLE = "The council’s ‘front door’ costs £15 a month, said the “café” report.";

function bytesOf(...parts: (number[] | Buffer)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe("decodeText", () => {
  test.each([
    ["UTF-8", bytesOf(Buffer.from(SAMPLE, "utf8")), "utf-8"],
    ["UTF-8 with a byte-order mark", bytesOf([0xef, 0xbb, 0xbf], Buffer.from(SAMPLE, "utf8")), "utf-8"],
    ["UTF-16LE with a byte-order mark", bytesOf([0xff, 0xfe], iconv.encode(SAMPLE, "utf-16le")), "utf-16le"],
    ["UTF-16BE with a byte-order mark", bytesOf([0xfe, 0xff], iconv.encode(SAMPLE, "utf-16be")), "utf-16be"],
  ])("decodes %s without warnings, keeping curly quotes and the pound sign", (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings).toEqual([]);
  });

  test("recognises UTF-16LE without a byte-order mark by its NUL bytes, and says so", () => {
    const decoded = decodeText(iconv.encode(SAMPLE, "utf-16le"));
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.encoding).toBe("utf-16le");
    expect(decoded.warnings.join(" ")).toMatch(/UTF-16LE/);
  });

  test("guesses Windows-1252 for bytes that are not UTF-8, and warns naming the encoding", () => {
    const decoded = decodeText(iconv.encode(`${SAMPLE}\nInspectors found that most children are seen promptly.`, "windows-1252"));
    expect(decoded.text).toBe(`${SAMPLE}\nInspectors found that most children are seen promptly.`);
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.warnings.join(" ")).toMatch(/windows-1252/);
  });

  test("decodes a short ISO-8859-1 file as Windows-1252, its superset", () => {
    expect(decodeText(iconv.encode("Price £12", "latin1")).text).toBe("Price £12");
  });

  test("uses a declared encoding for bytes that are not UTF-8, without a warning", () => {
    const decoded = decodeText(iconv.encode(SAMPLE, "windows-1252"), "windows-1252");
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.warnings).toEqual([]);
  });

  test("prefers valid UTF-8 over a declared single-byte encoding, as pages saved by browsers need", () => {
    expect(decodeText(Buffer.from(SAMPLE, "utf8"), "iso-8859-1").text).toBe(SAMPLE);
  });

  test("normalises newlines, drops NUL and control characters but keeps tabs, and composes accents (NFC)", () => {
    const decoded = decodeText(Buffer.from("one\r\ntwo\rthree\u0000\u0007\tfour\u2028cafe\u0301\fnext page", "utf8"));
    expect(decoded.text).toBe("one\ntwo\nthree\tfour\ncafé\n\nnext page");
  });

  test("keeps form feeds when asked, for the text reader to find page breaks", () => {
    expect(decodeText(Buffer.from("page one\fpage two", "utf8"), undefined, { keepFormFeeds: true }).text).toBe("page one\fpage two");
  });

  test.each([
    ["random bytes with NULs", Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256)],
    ["a PNG image", bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66])],
  ])("refuses %s as binary data", (_, bytes) => {
    expect(() => decodeText(bytes)).toThrow(ReaderError);
    expect(() => decodeText(bytes)).toThrow("binary data, not text");
  });

  test.each([
    ["an empty file", new Uint8Array(), "empty file"],
    ["a file of spaces and newlines", Buffer.from("  \n\t\r\n  ", "utf8"), "only whitespace"],
    ["a file holding only a byte-order mark", bytesOf([0xef, 0xbb, 0xbf]), "empty file"],
  ])("refuses %s", (_, bytes, message) => {
    expect(() => decodeText(bytes)).toThrow(new ReaderError(message));
  });
});
