/**
 * The fetcher's manifests at the extraction's entry: which inputs are manifests rather than
 * documents, the manifests' own problems as error entries, and each described document (fresh or
 * cached) given the report finder's metadata as it is handed on, so a changed manifest needs no
 * re-extraction.
 */
import type { Authority } from "../../src/schemas/authority.ts";
import { loadAuthorities } from "../authorities/load-authorities.ts";
import { CorpusDocument } from "./corpus-document.ts";
import type { InputEntry } from "./list-inputs.ts";
import { readCorpusManifests } from "./manifest-metadata.ts";
import { applyManifestRow } from "./manifest-overrides.ts";

/** What the extraction needs of the manifests among its inputs. */
export interface ManifestStep {
  /** The inputs that are documents (the fetcher's manifests taken out). */
  inputs: InputEntry[];
  /** Error entries for the manifests' problems, to hand on before the documents. */
  problems: { source: string; message: string }[];
  /** The document with the report finder's metadata where a manifest describes it; otherwise the same document. */
  apply(path: string, document: CorpusDocument): CorpusDocument;
}

/** Read the fetcher's manifests among `listed`; `authorities` defaults to the project's list, loaded only when a manifest is found. */
export function manifestStep(listed: readonly InputEntry[], authorities?: readonly Authority[]): ManifestStep {
  const manifests = readCorpusManifests(listed);
  let known = authorities;
  return {
    inputs: listed.filter((input) => !manifests.files.has(input.path)),
    problems: manifests.problems,
    apply(path, document) {
      const row = manifests.byPath.get(path);
      if (!row) return document;
      known ??= loadAuthorities();
      return CorpusDocument.of(applyManifestRow(document.document(), row, known));
    },
  };
}
