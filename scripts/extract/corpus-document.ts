/**
 * A document as the corpus extraction hands it on: validated against the contract, with its JSON
 * for the extraction file made (or read from the cache) once. A cached document is kept as the
 * bytes the extraction file holds for it, so a rebuild that changes nothing about it copies them
 * through without parsing, validating or serialising the document again.
 */
import type { ExtractedDocument } from "../../src/schemas/document.ts";
import { elementBody } from "./write-extraction-json.ts";

export class CorpusDocument {
  /** Every finding's id, in order: what the curators' corrections are matched on. */
  readonly findingIds: readonly string[];
  #document: ExtractedDocument | undefined;
  #body: string | Uint8Array | undefined;

  private constructor(findingIds: readonly string[], document?: ExtractedDocument, body?: Uint8Array) {
    this.findingIds = findingIds;
    this.#document = document;
    this.#body = body;
  }

  /** A document that has just been extracted (or read) and validated. */
  static of(document: ExtractedDocument): CorpusDocument {
    return new CorpusDocument(
      document.findings.map((f) => f.id),
      document,
    );
  }

  /** A validated document known only by its element body (see elementBody) as UTF-8 bytes. */
  static ofBody(body: Uint8Array, findingIds: readonly string[]): CorpusDocument {
    return new CorpusDocument(findingIds, undefined, body);
  }

  /** The document itself (parsed from its body the first time, when it came as bytes). */
  document(): ExtractedDocument {
    this.#document ??= JSON.parse(Buffer.from(this.body()).toString("utf8")) as ExtractedDocument;
    return this.#document;
  }

  /** Its JSON as the extraction file holds it (elementBody), as text or UTF-8 bytes. */
  body(): string | Uint8Array {
    this.#body ??= elementBody(this.#document!);
    return this.#body;
  }
}
