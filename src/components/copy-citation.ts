import { shortQuote } from "../lib/citation.ts";

/**
 * Adds a "Copy citation" button after every finding's citation and copies the finding's full citation:
 * the document's citation (stated once on the page, #cite) with the finding's page, the finding quoted,
 * and its permalink made absolute. The buttons are made here, not in the page: without JavaScript they
 * could not work, and a document's every finding carried one.
 */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  // A finding's citation is its panel's last span (no class: every finding carries one; the button goes after it).
  for (const cite of document.querySelectorAll<HTMLElement>(".p > span:last-of-type")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "copy button-secondary";
    button.textContent = "Copy citation";
    cite.after(button);
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(citationText(cite));
        button.textContent = "Copied";
      } catch {
        button.textContent = "Copy failed: select the text";
      }
    });
  }
}

/**
 * A finding's citation as plain text: "Ofsted (2024) Title, p. 5. Published 27 February 2024. Finding:
 * “…”. Available at: https://…/reports/<document>/#<finding>", from the document's citation (its three
 * spans: publisher, year and title; what follows; the address), the page the finding's citation gives,
 * and the finding's words and id.
 */
export function citationText(cite: HTMLElement): string {
  const finding = cite.closest(".f");
  const words = finding ? [...finding.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("") : "";
  const quote = words.trim() ? ` Finding: “${shortQuote(words)}”.` : "";
  const [head = "", published = ".", address = location.pathname] = [...(document.getElementById("cite")?.querySelectorAll(":scope > span") ?? [])].map((s) => s.textContent ?? "");
  const page = /\bp\. (\d+)/.exec(cite.textContent ?? "")?.[1];
  const url = new URL(address, location.origin);
  url.hash = finding?.id ?? "";
  return `${head}${page === undefined ? "" : `, p. ${page}`}${published}${quote} Available at: ${url.href}`.trim();
}
