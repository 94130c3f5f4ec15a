import type { Authority } from "../../src/schemas/authority.ts";
import { aliasKey } from "./alias-key.ts";
import { aliasEndingPatternSource } from "./alias-pattern.ts";
import { NOT_AUTHORITIES, SENTENCE_START_AMBIGUOUS, SHARED_NAMES } from "./alias-tables.ts";
import { shortName } from "./name-forms.ts";
import { isPossessive, isSentenceStart } from "./sentence-context.ts";

/** One place a text names an authority. Offsets are string indices into the text; `end` is exclusive. */
export interface AuthorityMention {
  /** The authority's ONS code. */
  code: string;
  name: string;
  /** The alias (as listed in authorities.json) the text used. */
  alias: string;
  start: number;
  end: number;
}

/** Finds authority mentions in text; build once with createAuthorityMatcher, reuse for many texts. */
export interface AuthorityMatcher {
  /** Mentions in text order, never overlapping (a shared name gives one mention of each authority it names, at the same place). */
  find(text: string): AuthorityMention[];
}

/** What the matcher knows about one normalised alias. */
interface AliasEntry {
  /** Null for places that are not authorities ("Greater Manchester"), matched only to be dropped. */
  authority: Authority | null;
  /** The other authorities a shared name also names ("Northamptonshire Children's Trust"): one mention each. */
  alsoNames?: readonly Authority[];
  alias: string;
  /**
   * The exact spellings accepted for single-word aliases (as listed, or all capitals), so
   * "Bury", "Reading" and "Kent" need their capital; null where any case will do
   * (names of several words, which ordinary prose does not produce by accident).
   */
  spellings: Set<string> | null;
  sentenceStartAmbiguous: boolean;
}

/** True for an alias of one word ("Kent", "RBKC", "B&NES"), matched case-sensitively. */
function isSingleWord(alias: string): boolean {
  return !/[\s-]/.test(alias);
}

/** Indexes every alias by its key; fails if two authorities share one. */
function aliasEntries(authorities: readonly Authority[]): Map<string, AliasEntry> {
  const entries = new Map<string, AliasEntry>();
  for (const place of NOT_AUTHORITIES) entries.set(aliasKey(place), { authority: null, alias: place, spellings: null, sentenceStartAmbiguous: false });
  const byShortName = new Map(authorities.map((authority) => [shortName(authority.name), authority]));
  for (const [name, served] of Object.entries(SHARED_NAMES)) {
    const named = served.map((short) => byShortName.get(short)).filter((a): a is Authority => a !== undefined);
    // A partial list (tests with a few authorities) names the ones it has.
    if (named.length > 0) entries.set(aliasKey(name), { authority: named[0]!, alsoNames: named.slice(1), alias: name, spellings: null, sentenceStartAmbiguous: false });
  }
  for (const authority of authorities) {
    for (const alias of authority.aliases) {
      const key = aliasKey(alias);
      const entry = entries.get(key) ?? { authority, alias, spellings: new Set<string>(), sentenceStartAmbiguous: false };
      if (entry.authority !== authority) {
        throw new Error(`Alias "${alias}" of ${authority.name} is also ${entry.authority?.name ?? "a place that is not an authority"}'s`);
      }
      if (isSingleWord(alias)) entry.spellings?.add(alias).add(alias.toUpperCase());
      else entry.spellings = null;
      entry.sentenceStartAmbiguous ||= SENTENCE_START_AMBIGUOUS.includes(alias);
      entries.set(key, entry);
    }
  }
  return entries;
}

/** True when a match of this entry at start..end counts as a mention. */
function accepts(entry: AliasEntry, text: string, matched: string, start: number, end: number): boolean {
  if (entry.spellings !== null && !entry.spellings.has(matched)) return false;
  // "Reading the files…": a capitalised common word opening a sentence is the word, unless possessive.
  if (entry.sentenceStartAmbiguous && isSentenceStart(text, start) && !isPossessive(text, end)) return false;
  return true;
}

/** Compiles every alias of the authorities into one matcher: whole words, longest match first, left to right. */
export function createAuthorityMatcher(authorities: readonly Authority[]): AuthorityMatcher {
  const entries = aliasEntries(authorities);
  const pattern = new RegExp(aliasEndingPatternSource(entries.keys()), "giu");
  return {
    find(text: string): AuthorityMention[] {
      const mentions: AuthorityMention[] = [];
      for (const match of wholeWordMatches(pattern, text)) {
        const entry = entries.get(aliasKey(match[0]));
        const start = match.index;
        const end = start + match[0].length;
        if (!entry?.authority || !accepts(entry, text, match[0], start, end)) continue;
        for (const authority of [entry.authority, ...(entry.alsoNames ?? [])]) mentions.push({ code: authority.code, name: authority.name, alias: entry.alias, start, end });
      }
      return mentions;
    },
  };
}

/**
 * The matches of a global `u` pattern that no letter or digit precedes: what the same pattern opening with
 * `(?<![\p{L}\p{N}])` finds. The look-behind is checked here, and where it fails the search goes on from the
 * next character, as the engine would have.
 */
export function wholeWordMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    if (followsLetterOrDigit(text, start)) pattern.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    else matches.push(match);
  }
  return matches;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the character before `index` (a whole surrogate pair, as a look-behind in a `u` pattern reads it) is a letter or digit. */
function followsLetterOrDigit(text: string, index: number): boolean {
  if (index === 0) return false;
  const low = text.charCodeAt(index - 1);
  const pairStart = index >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return LETTER_OR_DIGIT.test(text.slice(pairStart, index));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
