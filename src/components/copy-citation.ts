import { shortQuote } from "../lib/citation.ts";

/**
 * Adds a "Copy citation" button after every citation and copies it, with the permalink made absolute
 * and the finding quoted (the page's citation leaves the quote out: the sentence stands right before
 * it). The buttons are made here, not in the page: without JavaScript they could not work, and a
 * document's every finding carried one.
 */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const cite of document.querySelectorAll<HTMLElement>(".cite")) {
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

/** The citation as plain text: the finding's words quoted before the permalink, made absolute where the page shows a site-relative one. */
export function citationText(cite: HTMLElement): string {
  const finding = cite.closest(".f");
  const words = finding ? [...finding.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? "").join("") : "";
  const quote = words.trim() ? ` Finding: “${shortQuote(words)}”.` : "";
  // The citation's own words: the line's bold key ("Cite:") is not part of it.
  const text = [...cite.childNodes].filter((n) => !(n instanceof HTMLElement && n.tagName === "B")).map((n) => n.textContent ?? "").join("");
  return text
    .replace(/ Available at: /, `${quote} Available at: `)
    .replace(/Available at: (\/\S*)/, (_, path: string) => `Available at: ${location.origin}${path}`)
    .trim();
}
