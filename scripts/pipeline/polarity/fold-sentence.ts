/** Fold a sentence for pattern matching without moving any character: offsets stay valid. */
export function foldSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s/g, " ");
}
