import { formatDate } from "./labels.ts";

/** What a Harvard-style citation of one finding needs. */
export interface CitationInput {
  publisher: string | null;
  published: string | null;
  title: string;
  findingText: string;
  /** The finding's permalink, absolute where the site's origin is known. */
  url: string;
}

/** A citation in parts, so a page can italicise the title and still offer the plain text. */
export interface Citation {
  /** "Ofsted (2024)" */
  authorDate: string;
  title: string;
  /** Everything after the title: ". Published 27 February 2024. Finding: "…". Available at: <url>" */
  rest: string;
  /** The whole citation as plain text. */
  text: string;
}

/** Longest quotation kept in a citation; longer findings are cut at a word and marked with an ellipsis. */
const MAX_QUOTE = 160;

/**
 * A Harvard-style citation of a finding. No access date, so the text (and the page) is the same
 * on every build: Ofsted (2024) Title. Published 27 February 2024. Finding: "…". Available at: URL
 */
export function harvardCitation(input: CitationInput): Citation {
  const { authorDate, title, published } = documentCitation(input);
  const rest = `${published} Finding: “${shortQuote(input.findingText)}”. Available at: ${input.url}`;
  return { authorDate, title, rest, text: `${authorDate} ${title}${rest}` };
}

/** A document's citation in parts, without a finding: what a document page states once for all its findings. */
export interface DocumentCitation {
  /** "Ofsted (2024)" */
  authorDate: string;
  title: string;
  /** What follows the title (and a finding's page): ". Published 27 February 2024." or "." when undated. */
  published: string;
}

/** The parts of a Harvard-style citation of a document (harvardCitation adds a finding to them). */
export function documentCitation(input: Pick<CitationInput, "publisher" | "published" | "title">): DocumentCitation {
  const author = input.publisher?.trim() || "Anon.";
  const authorDate = `${author} (${input.published ? input.published.slice(0, 4) : "n.d."})`;
  const title = input.title.trim().replace(/[.\s]+$/, "");
  const published = input.published ? `. Published ${formatDate(input.published)}.` : ".";
  return { authorDate, title, published };
}

/** The finding's words, cut at a word boundary past MAX_QUOTE characters, without its closing full stop. */
export function shortQuote(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim().replace(/[.]$/, "");
  if (clean.length <= MAX_QUOTE) return clean;
  const cut = clean.slice(0, MAX_QUOTE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_QUOTE / 2)).replace(/[,;:\s]+$/, "")}…`;
}
