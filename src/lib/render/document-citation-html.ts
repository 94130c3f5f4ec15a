/**
 * The citation of a document, stated once on each of its pages (id "cite"): a finding's panel gives only
 * its page and its anchor and links here, since the publisher, year and title are the same for every
 * finding of the document (they were 15% of the document pages' bytes when each panel repeated them).
 * Its three spans (publisher and year with the title; what follows; the address) are what the copy
 * buttons' script reads to build a finding's full citation (src/components/copy-citation.ts).
 */
import type { ExtractedDocument } from "../../schemas/index.ts";
import { documentCitation } from "../citation.ts";
import { absoluteUrl, documentUrl } from "../urls.ts";
import { escapeHtml } from "./escape-html.ts";

/** The document's citation as a paragraph, with how to cite one of its findings. */
export function documentCitationHtml(document: ExtractedDocument, site: URL | undefined): string {
  const { authorDate, title, published } = documentCitation(document);
  const url = absoluteUrl(documentUrl(document.id), site);
  return (
    `<p id="cite" class="doc-cite"><b>Cite this document:</b> <span>${escapeHtml(authorDate)} <i>${escapeHtml(title)}</i></span>` +
    `<span>${escapeHtml(published)}</span> Available at: <span>${escapeHtml(url)}</span><br>` +
    `To cite one finding, add its page after the title (“, p. 5”) and its anchor after the address (“#f-…”): ` +
    `its details give both.</p>`
  );
}
