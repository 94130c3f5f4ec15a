/** Joins wrapped lines into running text, re-joining words hyphenated across a line end. */

/** Words seen in a document: plain words, and compounds written with a hyphen inside a line. */
export interface Vocabulary {
  words: Set<string>;
  compounds: Set<string>;
}

/** First halves that make real compounds (multi-agency, well-being, re-referral), so their hyphen stays. */
const COMPOUND_FIRST = new Set(
  ("multi well non co self cross pre post sub inter over under long short full part high low re anti semi " +
    "mid ex step half care child decision follow out face join year age day time back front on off up so " +
    "high-quality good poor older young first second third single step").split(" "),
);
/** Word endings that a line-end hyphen only splits off when a word processor hyphenates. */
const SUFFIX_FRAGMENT = /^(ments?|tions?|sions?|ings?|ness|ities|ity|ances?|ences?|able|ible|ed|ers?|als?|ly|ive|ous|ful|less|ship|isms?|ists?|ised|ise|ation|ations|ure|ures)$/;

/** Collects the vocabulary of a document's lines, for deciding about line-end hyphens. */
export function collectVocabulary(lines: string[]): Vocabulary {
  const words = new Set<string>();
  const compounds = new Set<string>();
  for (const line of lines) {
    for (const token of line.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
      if (token.includes("-")) {
        const parts = token.split("-");
        for (let i = 1; i < parts.length; i++) compounds.add(`${parts[i - 1]}-${parts[i]}`);
      } else {
        words.add(token);
      }
    }
  }
  return { words, compounds };
}

/** Appends the next line of a paragraph: a space between, or nothing when a hyphenated word is re-joined. */
export function joinLine(left: string, right: string, vocabulary: Vocabulary): string {
  if (left === "") return right;
  if (right === "") return left;
  if (left.endsWith("\u00AD")) return left.slice(0, -1) + right;
  const hyphenated = /([A-Za-z]+(?:-[A-Za-z]+)*)[-\u2010]$/.exec(left);
  const next = /^([A-Za-z]+)/.exec(right);
  if (hyphenated && next) {
    return keepsHyphen(hyphenated[1]!, next[1]!, vocabulary) ? left + right : left.slice(0, -1) + right;
  }
  // "post-" then "16": a hyphen before a number always stays ("mid-2012", "post-16").
  if (/[A-Za-z][-\u2010]$/.test(left) && /^\d/.test(right)) return left + right;
  // A URL broken after a slash or dot continues without a space.
  if (/(https?:\/\/|www\.)\S*[/.]$/.test(left) && /^[\w/]/.test(right)) return left + right;
  return `${left} ${right}`;
}

/** Whether "first-" at a line end followed by "second" is a real compound (keep the hyphen) or a split word. */
export function keepsHyphen(first: string, second: string, vocabulary: Vocabulary): boolean {
  if (/^[A-Z0-9]/.test(second) || first.includes("-")) return true;
  const [a, b] = [first.toLowerCase(), second.toLowerCase()];
  if (vocabulary.compounds.has(`${a}-${b}`)) return true;
  if (vocabulary.words.has(a + b)) return false;
  if (COMPOUND_FIRST.has(a)) return true;
  return !(SUFFIX_FRAGMENT.test(b) && a.length >= 3);
}
