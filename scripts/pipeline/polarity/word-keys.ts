/**
 * A sentence's word features (each word in its family, negated within three words of a negator, and the pair it opens
 * with the next), keyed by name as training reads them or by the vocabulary's numbers as extraction scores them.
 */
import { SpanTable } from "../../nlp/span-table.ts";
import type { FeatureVocabulary, WordFamily } from "./feature-vocabulary.ts";
import { APOSTROPHE, eachToken, normaliseToken, readTokens } from "./word-tokens.ts";

const NEGATORS = new Set(["not", "no", "never", "without", "lack", "lacks", "lacking", "nor", "cannot", "neither", "rarely", "seldom", "insufficient"]);

/**
 * The word features of a sentence: its tokens' spans, each token's key in a family, the key of the pair it opens
 * with the next, and whether it is a negator (which negates the next three words).
 */
export interface WordKeys<K> {
  count: number;
  starts: readonly number[];
  ends: readonly number[];
  word(i: number, family: WordFamily): K | undefined;
  pair(i: number): K | undefined;
  negator(i: number): boolean;
}

/** Word features by name, built from the words. */
export function namedWords(folded: string): WordKeys<string> {
  const { count, words, starts, ends } = readTokens(folded);
  return {
    count,
    starts,
    ends,
    word: (i, family) => `${family}:${words[i]!}`,
    pair: (i) => `b:${words[i]!}_${words[i + 1]!}`,
    negator: (i) => isNegator(words[i]!),
  };
}

function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

// The negators, looked up by a token's span (as the vocabulary's words are: no string is cut for a word).
const NEGATOR_SPANS = new SpanTable(NEGATORS);

// A sentence's tokens by span, with each one's word number in the vocabulary (-1 for none) and whether it negates:
// written over for each sentence (one sentence's features are gathered at a time).
const LISTED = { starts: [] as number[], ends: [] as number[], words: [] as number[], negators: [] as boolean[] };

/**
 * Word features by the vocabulary's numbers: each word is found by its span, with no string cut or hashed for it, and
 * its entry holds its features and the pairs it opens, by the next word's number (most words and pairs are in no
 * model, and no name is built for them). The tokens are readTokens' (a test holds both ways of reading equal).
 */
export function listedWords(folded: string, vocabulary: FeatureVocabulary): WordKeys<number> {
  const { starts, ends, words, negators } = LISTED;
  let count = 0;
  eachToken(folded, (start, end, isNumber) => {
    starts[count] = start;
    ends[count] = end;
    if (isNumber) {
      // Numbers fold to one of three tokens (normaliseToken): those few are cut and looked up whole.
      const word = normaliseToken(folded.slice(start, end));
      words[count] = vocabulary.wordAt(word, 0, word.length);
      negators[count++] = isNegator(word);
    } else {
      words[count] = vocabulary.wordAt(folded, start, end);
      negators[count++] = NEGATOR_SPANS.find(folded, start, end) >= 0 || endsWithNot(folded, start, end);
    }
  });
  const entries = vocabulary.wordEntries;
  // Each family read by its own name: a read by a name held in a variable is slow whatever the entry's shape.
  return {
    count,
    starts,
    ends,
    word: (i, family) => {
      const number = words[i]!;
      if (number < 0) return undefined;
      const entry = entries[number]!;
      return family === "w" ? entry.w : family === "not" ? entry.not : family === "first" ? entry.first : entry.heading;
    },
    pair: (i) => {
      const number = words[i]!;
      const next = words[i + 1]!;
      return number < 0 || next < 0 ? undefined : entries[number]!.pairsByWord.get(next);
    },
    negator: (i) => negators[i]!,
  };
}

/** Whether the span of `text` ends in "n't" (as a word ending "n't" negates). */
function endsWithNot(text: string, start: number, end: number): boolean {
  return end - start >= 3 && text.charCodeAt(end - 3) === 110 && text.charCodeAt(end - 2) === APOSTROPHE && text.charCodeAt(end - 1) === 116;
}
