import type { Theme } from "../../src/schemas/theme.ts";
import { compileTriggerIndex, type TriggerIndex, type TriggerPattern } from "./compile-trigger-index.ts";
import { tokeniseForMatching, type MatchTokens } from "./tokenise-for-matching.ts";

/** Why a sentence carries a theme: the trigger that fired and where it stands in the sentence. */
export interface ThemeTag {
  theme: string;
  trigger: string;
  /** Offset of the trigger's first character in the sentence. */
  start: number;
  /** Offset just past the trigger's last character. */
  end: number;
}

interface Hit {
  pattern: TriggerPattern;
  start: number;
  end: number;
}

/**
 * Builds a tagger for a taxonomy: a function from a sentence to its theme tags, one per trigger
 * that counts. An ambiguous trigger counts only when the same sentence also holds a plain
 * trigger or a cue of the same theme; a phrase inside a longer phrase of the same theme is dropped.
 */
export function createThemeTagger(themes: readonly Theme[]): (sentence: string) => ThemeTag[] {
  const index = compileTriggerIndex(themes);
  // One sentence is tagged at a time: its confirmed themes are marked in one array, cleared for each sentence.
  const confirmed = new Uint8Array(index.themeIds.length);
  return (sentence) => resolveHits(findHits(sentence, index, confirmed.fill(0)), index);
}

/** The distinct theme ids of a list of tags, in the order they first fire. */
export function themeIdsOf(tags: readonly ThemeTag[]): string[] {
  return [...new Set(tags.map((t) => t.theme))];
}

interface Hits {
  /** Trigger and ambiguous-trigger hits; cue hits only confirm their theme. */
  hits: Hit[];
  /** Per theme index, 1 when a plain trigger or a cue of the theme is in the sentence. */
  confirmed: Uint8Array;
}

function findHits(sentence: string, index: TriggerIndex, confirmed: Uint8Array): Hits {
  const tokens = tokeniseForMatching(sentence);
  const { words, starts, ends } = tokens;
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = index.byFirstWord.get(words[i] as string);
    if (candidates === undefined) continue;
    for (const pattern of candidates) {
      const last = i + pattern.positions.length - 1;
      if (last >= words.length || !matchesAt(pattern, tokens, i, sentence)) continue;
      if (pattern.role !== "ambiguous") confirmed[pattern.theme] = 1;
      if (pattern.role !== "cue") hits.push({ pattern, start: starts[i] as number, end: ends[last] as number });
    }
  }
  return { hits, confirmed };
}

function matchesAt(pattern: TriggerPattern, tokens: MatchTokens, at: number, sentence: string): boolean {
  const { positions, exactCase } = pattern;
  for (let j = 1; j < positions.length; j++) {
    if (!(positions[j] as ReadonlyMap<string, unknown>).has(tokens.words[at + j] as string)) return false;
  }
  if (exactCase !== null) {
    for (let j = 0; j < exactCase.length; j++) {
      const word = exactCase[j] as string;
      const start = tokens.starts[at + j] as number;
      if (sentence.slice(start, start + word.length) !== word) return false;
    }
  }
  // A capitalised -ed/-ing form inside a sentence is a name ("Eleanor Schooling said"), not the verb.
  if (positions.length === 1 && at > 0 && positions[0]?.get(tokens.words[at] as string) === "verb") {
    const first = sentence.charCodeAt(tokens.starts[at] as number);
    if (first >= 65 && first <= 90) return false;
  }
  return true;
}

function resolveHits({ hits, confirmed }: Hits, index: TriggerIndex): ThemeTag[] {
  if (hits.length === 0) return [];
  const kept = hits.filter((h) => confirmed[h.pattern.theme] === 1);
  const tags: ThemeTag[] = [];
  for (const h of kept) {
    if (kept.some((o) => o !== h && o.pattern.theme === h.pattern.theme && covers(o, h))) continue;
    tags.push({ theme: index.themeIds[h.pattern.theme] as string, trigger: h.pattern.text, start: h.start, end: h.end });
  }
  return tags;
}

// o covers h when h lies inside o and is strictly shorter; on the same span a plain trigger
// beats an ambiguous one (it is the better reason), then the first in alphabetical order.
function covers(o: Hit, h: Hit): boolean {
  if (o.start > h.start || o.end < h.end) return false;
  if (o.end - o.start > h.end - h.start) return true;
  if (o.pattern.role !== h.pattern.role) return o.pattern.role === "trigger";
  return o.pattern.text < h.pattern.text;
}
