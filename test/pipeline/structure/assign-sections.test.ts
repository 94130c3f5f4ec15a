/** Sections and list lead-ins of a news page, as extraction assigns them to its findings. */
import { describe, expect, test } from "vitest";
import { loadResources } from "../../../scripts/extract/load-resources.ts";
import { extractDocument } from "../../../scripts/pipeline/extract-document.ts";
import { readDocument } from "../../../scripts/readers/index.ts";

// Written for this test in a council newsroom's style.
const PAGE = [
  "Ofsted praises Rutland's fostering service",
  "Posted on 3 June 2024",
  "Rutland County Council's fostering service has been praised by Ofsted following a focused visit in April.",
  "Inspectors also identified some areas for improvement:",
  "- some foster carers wait too long for their annual review",
  "- training for new carers is not always completed in time",
  "The council's cabinet member for children said the service would build on the findings.",
  "The council will publish an action plan in July.",
].join("\n\n");

async function findings() {
  const bytes = new TextEncoder().encode(PAGE);
  const source = await readDocument(bytes, "rutland-news.txt");
  return extractDocument(source, { path: "rutland-news.txt", sha256: "0".repeat(64) }, loadResources()).findings;
}

describe("a list's lead-in that names a known heading", () => {
  test("gives its stance to the list's items, and leaves the paragraphs after the list out of any improvement section", async () => {
    const all = await findings();
    const item = all.find((f) => f.text.startsWith("some foster carers"))!;
    expect(item.polarity).toBe("improvement");
    expect(item.cues.some((c) => c.kind === "list" && c.text === "Inspectors also identified some areas for improvement:")).toBe(true);
    const after = all.filter((f) => /cabinet member|action plan/.test(f.text));
    expect(after).toHaveLength(2);
    for (const f of after) {
      expect(f.section).toBeNull();
      expect(f.polarity).toBe("context");
    }
  });
});
