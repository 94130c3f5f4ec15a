/**
 * Which findings of a passage a search lists, and what each shows: pure functions over the data
 * Pagefind returns for a passage (its fragment), no DOM, so they are unit-tested directly.
 *
 * Pagefind matches words and filters per passage; the search page lists findings, so it keeps:
 * - with words: the findings Pagefind returns as sub-results (those holding a matched word), and,
 *   for several words, only those holding every word — a word of the query is found in a
 *   finding when one of the finding's words starts with it, or with its stem (the word less an
 *   ending -s, -es, -ed, -ing, -er or -ers, keeping at least three letters), case and accents
 *   ignored: "care leavers" keeps "…care-leaver…" and "…carers who leave care…" but not a finding
 *   that names only leavers;
 * - with themes chosen: the findings carrying at least one of them (a passage's theme filter is
 *   the union of its findings' themes);
 * - otherwise every finding of the passage.
 */
import { formatDate, POLARITY_LABEL } from "../lib/labels.ts";
import type { FilterKey } from "../lib/search/facets.ts";
import { decodeFindingThemes, facetValuesOf, partAt, PASSAGE_END, PASSAGE_FIELD } from "../lib/search/passage-codec.ts";

/** The parts of a Pagefind fragment the selection reads. */
export interface PassageData {
  url: string;
  /** The passage's words (its findings' text, PASSAGE_END last), which the anchors' locations index. */
  content?: string;
  filters: Record<string, string[]>;
  /** An anchor per finding, at the word its text starts at; its own text is empty (passageHtml). */
  anchors: { id?: string; text?: string; location: number }[];
  sub_results?: { anchor?: { id?: string } }[];
}

/** What the selection needs of the search. */
export interface FindingQuery {
  /** The words typed ("" for none). */
  query: string;
  /** Chosen theme ids (none: every theme). */
  themes: readonly string[];
}

/** One finding as the results list shows it. */
export interface FindingResult {
  id: string;
  text: string;
  /** The finding on the page of its document that prints it. */
  href: string;
  docUrl: string;
  docTitle: string;
  authority: string;
  /** "27 February 2024", or "Undated". */
  date: string;
  polarity: string;
  polarityLabel: string;
  goodPractice: boolean;
  /** Theme ids, sorted. */
  themes: string[];
  /** The finding's value of every search filter (the passage's, with the finding's own themes). */
  facets: Partial<Record<FilterKey, string[]>>;
}

const FINDING_ID = /^f-[0-9a-f]{12}$/;

/** The findings of one passage that the search lists, in text order. */
export function selectFindings(data: PassageData, search: FindingQuery): FindingResult[] {
  const all = passageFindings(data);
  const words = queryWords(search.query);
  const matched = new Set((data.sub_results ?? []).map((s) => s.anchor?.id).filter((id): id is string => !!id));
  return all.filter((f) => {
    if (words.length > 0 && !matched.has(f.id)) return false;
    if (words.length > 1 && !containsEveryWord(f.text, words)) return false;
    if (search.themes.length > 0 && !f.themes.some((t) => search.themes.includes(t))) return false;
    return true;
  });
}

/** Every finding of a passage, from its anchors and its hidden fields. */
export function passageFindings(data: PassageData): FindingResult[] {
  const anchors = data.anchors.filter((a) => a.id !== undefined && FINDING_ID.test(a.id)).sort((a, b) => a.location - b.location);
  const texts = findingTexts(data.content ?? "", anchors);
  const facets = facetValuesOf(data.filters) as Partial<Record<FilterKey, Record<string, number>>>;
  const passageThemes = Object.keys(facets.theme ?? {}).sort();
  const findingThemes = decodeFindingThemes(field(data, PASSAGE_FIELD.findingThemes), passageThemes, anchors.length);
  const docUrl = data.url.replace(/#.*$/, "");
  const polarity = Object.keys(facets.polarity ?? {})[0] ?? "context";
  const date = field(data, PASSAGE_FIELD.date) ?? null;
  const parts = field(data, PASSAGE_FIELD.parts);
  const shared: Partial<Record<FilterKey, string[]>> = {};
  for (const [key, values] of Object.entries(facets)) if (key !== "theme") shared[key as FilterKey] = Object.keys(values ?? {});
  return anchors.map((anchor, i) => {
    const id = anchor.id!;
    const part = partAt(parts, i);
    const themes = findingThemes[i] ?? [];
    return {
      id,
      text: texts[i] ?? "",
      href: `${part > 1 ? `${docUrl}${part}/` : docUrl}#${id}`,
      docUrl,
      docTitle: field(data, PASSAGE_FIELD.title) ?? "the document",
      authority: field(data, PASSAGE_FIELD.authorities) ?? "National",
      date: formatDate(date),
      polarity,
      polarityLabel: POLARITY_LABEL[polarity as keyof typeof POLARITY_LABEL] ?? polarity,
      goodPractice: (facets.goodpractice?.["yes"] ?? 0) > 0,
      themes,
      facets: { ...shared, theme: themes },
    };
  });
}

/** Pagefind's word separator (its excerpts split the content so): whitespace but the byte-order mark. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * Each finding's text: the content's words from its anchor's location to the next anchor's (the last
 * finding's to the end, less PASSAGE_END), joined by single spaces. An anchor with text of its own (an
 * index written before the anchors were emptied) gives that.
 */
export function findingTexts(content: string, anchors: readonly { text?: string; location: number }[]): string[] {
  const words = content.trim() === "" ? [] : content.trim().split(WORD_SEPARATORS);
  const end = words.at(-1) === PASSAGE_END ? words.length - 1 : words.length;
  return anchors.map((anchor, i) => {
    if (anchor.text?.trim()) return anchor.text.trim();
    return words.slice(anchor.location, anchors[i + 1]?.location ?? end).join(" ");
  });
}

/** The query's words as the check compares them: lower case, no accents, punctuation dropped. */
export function queryWords(query: string): string[] {
  return normalise(query).split(/\s+/).filter((w) => w !== "");
}

/** True when every query word (from queryWords) is found in the text, by the rule above. */
export function containsEveryWord(text: string, words: readonly string[]): boolean {
  const own = normalise(text).split(/\s+/).filter((w) => w !== "");
  return words.every((word) => {
    const stem = stemOf(word);
    return own.some((w) => w.startsWith(stem));
  });
}

/** The word less a common English ending, keeping at least three letters. */
export function stemOf(word: string): string {
  for (const ending of ["ers", "ing", "es", "ed", "er", "s"]) {
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  }
  return word;
}

/** Lower case, accents stripped, everything but letters and digits turned into spaces. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

function field(data: PassageData, name: string): string | undefined {
  return data.filters[name]?.[0];
}
