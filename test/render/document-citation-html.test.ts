import { describe, expect, test } from "vitest";
import { documentCitationHtml } from "../../src/lib/render/document-citation-html.ts";
import { extraction } from "../site/fixture.ts";

const [first] = extraction.documents;

describe("documentCitationHtml", () => {
  test("states the document's citation once, as the anchor a finding's citation links to, with its absolute address", () => {
    const html = documentCitationHtml({ ...first!, publisher: "Ofsted", published: "2024-02-27", title: "Focused visit to Kent" }, new URL("https://findings.example/"));
    expect(html.startsWith('<p id="cite" class="doc-cite"><b>Cite this document:</b> ')).toBe(true);
    expect(html).toContain(`<span>Ofsted (2024) <i>Focused visit to Kent</i></span><span>. Published 27 February 2024.</span> Available at: <span>https://findings.example/reports/${first!.id}/</span>`);
    // How to cite one finding is said in words, not left to styling.
    expect(html).toContain("add its page after the title");
  });

  test("keeps a full stop after the title of an undated document, and escapes the title", () => {
    const html = documentCitationHtml({ ...first!, publisher: null, published: null, title: "Kent <b>& Medway</b>" }, undefined);
    expect(html).toContain(`<span>Anon. (n.d.) <i>Kent &lt;b&gt;&amp; Medway&lt;/b&gt;</i></span><span>.</span> Available at: <span>/reports/${first!.id}/</span>`);
  });
});
