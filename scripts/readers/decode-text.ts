import chardet from "chardet";
import iconv from "iconv-lite";
import { ReaderError } from "./source-document.ts";

/** Text decoded from a file's bytes, with the encoding used and anything worth telling the user. */
export interface DecodedText {
  text: string;
  /** The encoding the bytes were decoded with, e.g. "utf-8", "utf-16le", "windows-1252". */
  encoding: string;
  warnings: string[];
}

/** How to decode. */
export interface DecodeOptions {
  /** Keep form feeds ("\f"), the page breaks of text exported from PDFs, for a reader that removes page furniture; otherwise they become a blank line. */
  keepFormFeeds?: boolean;
}

// How many bytes the sniffers look at: enough to be sure, cheap on big files.
const SAMPLE_BYTES = 8192;

/**
 * Decodes a text file's bytes: BOMs, UTF-16 by its NUL pattern, UTF-8, then a declared or guessed
 * single-byte encoding; normalises newlines, control characters and Unicode form.
 * `declared` is an encoding the container names (an HTML <meta charset>); valid UTF-8 still wins over it,
 * because pages saved by browsers are re-encoded to UTF-8 without their meta tag being updated.
 */
export function decodeText(bytes: Uint8Array, declared?: string, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new ReaderError("empty file");
  const decoded = decodeBytes(bytes, declared);
  if (looksBinary(decoded.text)) throw new ReaderError("binary data, not text");
  const text = normaliseDecoded(decoded.text, options.keepFormFeeds ?? false);
  if (text.length === 0) throw new ReaderError("empty file");
  if (text.trim().length === 0) throw new ReaderError("only whitespace");
  return { ...decoded, text };
}

function decodeBytes(bytes: Uint8Array, declared: string | undefined): DecodedText {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    return {
      text: iconv.decode(bytes, utf16),
      encoding: utf16,
      warnings: [`The file has no byte-order mark; it was decoded as ${utf16.toUpperCase()} from its pattern of NUL bytes.`],
    };
  }
  if (tooManyControls(countControlBytes(bytes.subarray(0, SAMPLE_BYTES)), Math.min(bytes.length, SAMPLE_BYTES))) {
    throw new ReaderError("binary data, not text");
  }
  const utf8 = decodeUtf8Strictly(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: "utf-8", warnings: [] };
  const declaredName = declared?.trim().toLowerCase();
  if (declaredName && !/^utf-?8$/.test(declaredName) && iconv.encodingExists(declaredName)) {
    return { text: iconv.decode(bytes, declaredName), encoding: declaredName, warnings: [] };
  }
  const guessed = guessSingleByteEncoding(bytes);
  const why = declaredName ? `it declares ${declared} but is not valid UTF-8` : "it is not valid UTF-8";
  return {
    text: iconv.decode(bytes, guessed),
    encoding: guessed,
    warnings: [`The file's encoding was guessed as ${guessed} because ${why}; check accented letters and symbols.`],
  };
}

function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    const text = decodeUtf8Strictly(bytes.subarray(3));
    if (text !== undefined) return { text, encoding: "utf-8", warnings: [] };
    return { text: iconv.decode(bytes.subarray(3), "utf-8"), encoding: "utf-8", warnings: ["The file starts with a UTF-8 byte-order mark but holds invalid UTF-8; bad bytes were replaced."] };
  }
  if (a === 0xff && b === 0xfe) return { text: iconv.decode(bytes.subarray(2), "utf-16le"), encoding: "utf-16le", warnings: [] };
  if (a === 0xfe && b === 0xff) return { text: iconv.decode(bytes.subarray(2), "utf-16be"), encoding: "utf-16be", warnings: [] };
  return undefined;
}

/** UTF-16 text of a Latin-script language has a NUL in every other byte; which half tells the byte order. */
function utf16ByNulPattern(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls > 0.4 * pairs && evenNuls < 0.05 * pairs) return "utf-16le";
  if (evenNuls > 0.4 * pairs && oddNuls < 0.05 * pairs) return "utf-16be";
  return undefined;
}

/** Bytes that text files never hold: C0 controls other than tab, newlines, form feed and escape; DEL. */
function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f) count++;
  }
  return count;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_BYTES);
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return tooManyControls(controls, sample.length);
}

/** A stray control character or two happen in real text files; one in twenty characters does not. */
function tooManyControls(controls: number, length: number): boolean {
  return controls > Math.max(4, 0.05 * length);
}

function decodeUtf8Strictly(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** English documents: prefer windows-1252 (a superset of ISO-8859-1) unless chardet is much surer of another. */
function guessSingleByteEncoding(bytes: Uint8Array): string {
  const candidates = chardet.analyse(bytes.subarray(0, 65536));
  const best = candidates[0];
  if (!best) return "windows-1252";
  const western = candidates.find((c) => c.name === "windows-1252" || c.name === "ISO-8859-1");
  if (western && western.confidence >= best.confidence / 2) return "windows-1252";
  return iconv.encodingExists(best.name) ? best.name.toLowerCase() : "windows-1252";
}

/** Newlines to \n, form feeds to a blank line; control characters other than \n and \t removed; Unicode NFC. */
function normaliseDecoded(text: string, keepFormFeeds: boolean): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    // A form feed is a page break in text exported from PDFs: keep it as a block break, which readers can rejoin.
    .replace(/\f/g, keepFormFeeds ? "\f" : "\n\n")
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, "")
    .normalize("NFC");
}
