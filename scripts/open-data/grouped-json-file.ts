/**
 * A plain JSON download written row by row: an object whose last key is an array that grows a line
 * at a time (authorities/<slug>.json, themes/<id>.json). A file that would pass a static host's
 * limit goes on in a second file with the same head, <name>-part02.json, and so on: at ten times the
 * real corpus the commonest theme holds over 25 MiB of findings.
 */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { PART_LIMIT_BYTES, partName } from "./gzip-parts.ts";

export class GroupedJsonFile {
  readonly #path: string;
  readonly #head: string;
  readonly #tail: string;
  readonly #limit: number;
  #fd: number | undefined;
  #buffer: string[] = [];
  #buffered = 0;
  #partBytes = 0;
  #rows = 0;
  #parts = 0;
  /** Bytes written, all parts together. */
  bytes = 0;

  /** `head` opens the object up to its array ("…\"findings\": ["); `tail` closes what encloses the array. */
  constructor(path: string, head: string, tail: string, limit = PART_LIMIT_BYTES) {
    this.#path = path;
    this.#head = head;
    this.#tail = tail;
    this.#limit = limit;
    mkdirSync(dirname(path), { recursive: true });
    this.#open();
  }

  /** How many files it was written as. */
  get parts(): number {
    return this.#parts;
  }

  /** Appends one element, given as its JSON, to the open array, a line each. */
  row(json: string): void {
    const line = `${this.#rows === 0 ? "\n" : ",\n"}${json}`;
    const bytes = Buffer.byteLength(line);
    if (this.#rows > 0 && this.#partBytes + bytes + this.#tail.length + 2 > this.#limit) {
      this.#closePart();
      this.#open();
      return this.row(json);
    }
    this.#rows++;
    this.#write(line, bytes);
  }

  /** Closes the array ("[]" when it stayed empty) and the object. */
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
    const end = this.#rows === 0 ? `]${this.#tail}` : `\n]${this.#tail}`;
    this.#write(end, Buffer.byteLength(end));
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
