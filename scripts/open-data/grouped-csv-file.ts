/**
 * A plain CSV download written row by row (authorities/<slug>.csv, themes/<id>.csv). A file that
 * would pass a static host's limit goes on in a second file with the same header,
 * <name>-part02.csv, and so on, so every part opens on its own.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { PART_LIMIT_BYTES, partName } from "./gzip-parts.ts";

export class GroupedCsvFile {
  readonly #path: string;
  readonly #head: string;
  readonly #limit: number;
  #fd: number | undefined;
  #buffer: string[] = [];
  #buffered = 0;
  #partBytes = 0;
  #rows = 0;
  #parts = 0;
  /** Bytes written, all parts together. */
  bytes = 0;

  /** `head` is what opens every part: the byte-order mark and the header line, with its line end. */
  constructor(path: string, head: string, limit = PART_LIMIT_BYTES) {
    this.#path = path;
    this.#head = head;
    this.#limit = limit;
    mkdirSync(dirname(path), { recursive: true });
    this.#open();
  }

  /** How many files it was written as. */
  get parts(): number {
    return this.#parts;
  }

  /** Appends one record, given as its CSV line with its line end. */
  row(line: string): void {
    const bytes = Buffer.byteLength(line);
    if (this.#rows > 0 && this.#partBytes + bytes > this.#limit) {
      this.#closePart();
      this.#open();
    }
    this.#rows++;
    this.#write(line, bytes);
  }

  /** Writes what is left and closes the file. */
  close(): void {
    this.#closePart();
  }

  #open(): void {
    this.#parts++;
    this.#fd = openSync(this.#parts === 1 ? this.#path : partName(this.#path, this.#parts), "w");
    this.#partBytes = 0;
    this.#rows = 0;
    this.#write(this.#head, Buffer.byteLength(this.#head));
  }

  #closePart(): void {
    this.#flush();
    closeSync(this.#fd!);
  }

  #write(text: string, bytes: number): void {
    this.#buffer.push(text);
    this.#buffered += text.length;
    this.#partBytes += bytes;
    this.bytes += bytes;
    if (this.#buffered > 1 << 16) this.#flush();
  }

  #flush(): void {
    if (this.#buffer.length === 0) return;
    writeSync(this.#fd!, this.#buffer.join(""));
    this.#buffer = [];
    this.#buffered = 0;
  }
}
