/** Reveal every "Copy citation" button and copy the citation before it, with the permalink made absolute. */
export function enableCopyButtons(): void {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll<HTMLButtonElement>("button.copy")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const cite = button.previousElementSibling;
      if (!cite) return;
      // The page shows a site-relative permalink when the build did not know the site's origin.
      const text = (cite.textContent ?? "").replace(/Available at: (\/\S*)/, (_, path: string) => `Available at: ${location.origin}${path}`);
      try {
        await navigator.clipboard.writeText(text.trim());
        button.textContent = "Copied";
      } catch {
        button.textContent = "Copy failed: select the text";
      }
    });
  }
}
