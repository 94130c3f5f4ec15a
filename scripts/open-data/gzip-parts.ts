/**
 * A gzipped download written in pieces, cut into parts that each stay under a static host's file
 * limit (Cloudflare Pages refuses files over 25 MiB). Text is compressed a few megabytes at a time,
 * each run a gzip member of its own: members placed one after another make a valid gzip file
 * (gunzip, Python's gzip and pandas, R's gzfile read them all), and since each member's compressed
 * size is known when it is made, a part is closed exactly when the next member would take it over
 * the limit. Node's gzip header has no timestamp, so the same text gives the same bytes.
 */
import { createHash, type Hash } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { constants, gzipSync } from "node:zlib";

/** Largest part a download is cut into: under Cloudflare Pages' 25 MiB, with room to spare. */
export const PART_LIMIT_BYTES = 24 * 2 ** 20;

/** Text compressed as one gzip member: large enough that cutting costs almost nothing in ratio. */
const MEMBER_TEXT_BYTES = 4 * 2 ** 20;

/** One file a download was written as. */
export interface WrittenPart {
  /** File name, in the download's folder. */
  file: string;
  bytes: number;
  /** Rows (CSV records, JSON lines) in this part; header lines are not counted. */
  rows: number;
  sha256: string;
}

/** Options of a gzipped download. */
export interface GzipPartsOptions {
  /** Text every part starts with (a CSV header, so each part reads on its own). */
  head?: string;
  /** Largest part, in bytes (tests use small limits). */
  partLimit?: number;
  /** Bytes per gzip member. */
  memberText?: number;
}

/**
 * Writes `path` (say data/findings.csv.gz). When everything fits in one part, that is the file;
 * otherwise the parts are named findings-part01.csv.gz, findings-part02.csv.gz… (zero-padded, so
 * a shell glob lists them in order), each starting with `head`.
 */
export class GzipParts {
  readonly #path: string;
  readonly #head: string;
  readonly #limit: number;
  readonly #memberText: number;
  #pending: Buffer[] = [];
  #pendingLength = 0;
  #pendingRows = 0;
  #fd: number | undefined;
  #partBytes = 0;
  #partRows = 0;
  #hash: Hash | undefined;
  #temporary: string[] = [];
  readonly #written: { bytes: number; rows: number; sha256: string }[] = [];

  constructor(path: string, options: GzipPartsOptions = {}) {
    this.#path = path;
    this.#head = options.head ?? "";
    this.#limit = options.partLimit ?? PART_LIMIT_BYTES;
    this.#memberText = options.memberText ?? MEMBER_TEXT_BYTES;
    mkdirSync(dirname(path), { recursive: true });
  }

  /** Adds text (or bytes) holding `rows` whole rows; rows are never split between parts. */
  write(text: string | Buffer, rows = 0): void {
    if (text.length === 0) return;
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
    this.#pending.push(bytes);
    this.#pendingLength += bytes.length;
    this.#pendingRows += rows;
    if (this.#pendingLength >= this.#memberText) this.#compressPending();
  }

  /** Writes what is left and names the parts; returns them in order. */
  close(): WrittenPart[] {
    this.#compressPending();
    if (this.#fd === undefined) this.#openPart(); // an empty download is still one file, holding its head
    this.#closePart();
    const names = this.#written.length === 1 ? [basename(this.#path)] : this.#written.map((_, i) => partName(basename(this.#path), i + 1));
    return this.#written.map((part, i) => {
      renameSync(this.#temporary[i]!, join(dirname(this.#path), names[i]!));
      return { file: names[i]!, ...part };
    });
  }

  #compressPending(): void {
    if (this.#pendingLength === 0) return;
    const member = gzip(Buffer.concat(this.#pending));
    const rows = this.#pendingRows;
    this.#pending = [];
    this.#pendingLength = 0;
    this.#pendingRows = 0;
    if (this.#fd !== undefined && this.#partBytes + member.length > this.#limit) this.#closePart();
    if (this.#fd === undefined) this.#openPart();
    this.#append(member);
    this.#partRows += rows;
  }

  #openPart(): void {
    const temporary = `${this.#path}.${this.#temporary.length + 1}.tmp`;
    this.#temporary.push(temporary);
    this.#fd = openSync(temporary, "w");
    this.#partBytes = 0;
    this.#partRows = 0;
    this.#hash = createHash("sha256");
    if (this.#head) this.#append(gzip(Buffer.from(this.#head, "utf8")));
  }

  #append(bytes: Buffer): void {
    writeSync(this.#fd!, bytes);
    this.#hash!.update(bytes);
    this.#partBytes += bytes.length;
  }

  #closePart(): void {
    if (this.#fd === undefined) return;
    closeSync(this.#fd);
    this.#written.push({ bytes: this.#partBytes, rows: this.#partRows, sha256: this.#hash!.digest("hex") });
    this.#fd = undefined;
  }
}

/** findings.csv.gz, 2 → findings-part02.csv.gz */
export function partName(file: string, part: number): string {
  const dot = file.indexOf(".");
  const stem = dot < 0 ? file : file.slice(0, dot);
  const extension = dot < 0 ? "" : file.slice(dot);
  return `${stem}-part${String(part).padStart(2, "0")}${extension}`;
}

/** zlib's default level: on the real corpus's database level 9 was 1% smaller and took half as long again. */
function gzip(bytes: Buffer): Buffer {
  return gzipSync(bytes, { level: constants.Z_DEFAULT_COMPRESSION });
}
