/**
 * Text mutations for fuzzing the extractor: each takes a seed text and a random source and returns
 * a hostile variant (byte flips, cuts, duplicated lines, odd Unicode, punctuation runs, markup, monsters).
 */

/** A small seeded random source (mulberry32), so a failing input can be made again from its seed. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, n). */
  int: (n: number) => number;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
}

/** A random source seeded with `seed`. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]! };
}

/** A named mutation of text; `bytes` mutations work on the UTF-8 encoding instead. */
export interface Mutation {
  name: string;
  apply: (text: string, random: Random) => string | Uint8Array;
}

// Characters that break naive text handling: bidi controls, zero-width, BOM, emoji (surrogate pairs), combining marks, odd spaces and breaks.
const ODD_CHARACTERS = [
  "\u200f", "\u200e", "\u202e", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff",
  "😀", "👩‍👩‍👧", "🏳️‍🌈", "\u0301", "\u0338", "\u20dd", "e\u0301\u0301\u0301", "\u00a0", "\u2028", "\u2029",
  "\u000b", "\u000c", "\u0085", "\r", "\t", "\ud800", "\udfff", "\u0000", "\ufffd", "ﬁ", "İ", "ß", "ǅ",
];

// Punctuation runs that sentence splitters and NLP tokenisers are known to choke on.
const PUNCTUATION_RUNS = [".", "...", "…", "!?", "-", "–", "—", "*", "•", "|", ":", ";", ",", "'", "\"", "(", ")", "[", "]", "/", "\\", "e.g.", "i.e.", "No.", "Mr.", "1.", "a.", "a@a.", "http://", "U.K."];

const TAGS = [
  "<script>window.__pwned=1</script>", "<b>", "</b>", "<p>", "</div>", "<img src=x onerror=alert(1)>", "<!--", "-->",
  "<![CDATA[", "]]>", "&amp;", "&#0;", "&nbsp;", "<br>", "<h1>", "<li>", "</ul>", "<table><tr><td>", "<?xml version=\"1.0\"?>", "<!doctype html>",
];

function at(text: string, random: Random): number {
  return random.int(text.length + 1);
}

function insert(text: string, position: number, piece: string): string {
  return text.slice(0, position) + piece + text.slice(position);
}

/** Every mutation the fuzzer draws from. */
export const MUTATIONS: readonly Mutation[] = [
  {
    name: "flip bytes",
    apply: (text, random) => {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0, n = 1 + random.int(20); i < n && bytes.length > 0; i++) bytes[random.int(bytes.length)] = random.int(256);
      return bytes;
    },
  },
  { name: "truncate", apply: (text, random) => text.slice(0, at(text, random)) },
  { name: "cut the start", apply: (text, random) => text.slice(at(text, random)) },
  {
    name: "duplicate lines",
    apply: (text, random) => {
      const lines = text.split("\n");
      for (let i = 0, n = 1 + random.int(30); i < n; i++) {
        const j = random.int(lines.length);
        lines.splice(j, 0, ...Array.from({ length: 1 + random.int(5) }, () => lines[j] ?? ""));
      }
      return lines.join("\n");
    },
  },
  {
    name: "shuffle lines",
    apply: (text, random) => {
      const lines = text.split("\n");
      for (let i = lines.length - 1; i > 0; i--) {
        const j = random.int(i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return lines.join("\n");
    },
  },
  {
    name: "odd Unicode",
    apply: (text, random) => {
      let out = text;
      for (let i = 0, n = 1 + random.int(60); i < n; i++) out = insert(out, at(out, random), random.pick(ODD_CHARACTERS).repeat(1 + random.int(4)));
      return out;
    },
  },
  {
    name: "punctuation run",
    apply: (text, random) => insert(text, at(text, random), random.pick(PUNCTUATION_RUNS).repeat(random.pick([10, 100, 1000, 3000]))),
  },
  {
    name: "spaced punctuation run",
    apply: (text, random) => insert(text, at(text, random), `${random.pick(PUNCTUATION_RUNS)} `.repeat(random.pick([100, 1000, 2000]))),
  },
  { name: "many newlines", apply: (text, random) => insert(text, at(text, random), random.pick(["\n", "\r\n", "\r", "\f", "\n \n"]).repeat(random.pick([100, 10_000, 100_000]))) },
  {
    name: "markup inside text",
    apply: (text, random) => {
      let out = text;
      for (let i = 0, n = 1 + random.int(30); i < n; i++) out = insert(out, at(out, random), random.pick(TAGS));
      return out;
    },
  },
  { name: "very long word", apply: (text, random) => insert(text, at(text, random), ` ${random.pick(["a", "ab", "Kent", "x-", "1"]).repeat(random.pick([1000, 20_000, 100_000]))} `) },
  {
    name: "no spaces",
    apply: (text, random) => {
      const from = at(text, random);
      const to = Math.min(text.length, from + random.int(20_000));
      return text.slice(0, from) + text.slice(from, to).replace(/\s+/g, "") + text.slice(to);
    },
  },
  {
    name: "list markers everywhere",
    apply: (text) => text.replace(/\n/g, () => "\n- "),
  },
  {
    name: "headings everywhere",
    apply: (text, random) => text.replace(/\n\n/g, () => `\n\n${"#".repeat(1 + random.int(6))} `),
  },
  {
    name: "numbers and dates",
    apply: (text, random) => {
      let out = text;
      const pieces = ["31/02/2024", "1 January 0000", "99 Smarch 2024", "2024-13-45", "12.", "(1)", "10,000,000,000,000,000,000", "1e308", "NaN", "£-5", "section 47"];
      for (let i = 0, n = 1 + random.int(40); i < n; i++) out = insert(out, at(out, random), ` ${random.pick(pieces)} `);
      return out;
    },
  },
  { name: "upper case", apply: (text) => text.toUpperCase() },
  { name: "repeat whole text", apply: (text, random) => text.repeat(2 + random.int(6)) },
];

/** One fuzz input: a seed text mutated one to three times. */
export function mutate(text: string, random: Random): { names: string[]; result: string | Uint8Array } {
  const names: string[] = [];
  let result: string | Uint8Array = text;
  for (let i = 0, n = 1 + random.int(3); i < n; i++) {
    const mutation = random.pick(MUTATIONS);
    names.push(mutation.name);
    const asText = typeof result === "string" ? result : new TextDecoder().decode(result);
    result = mutation.apply(asText, random);
  }
  return { names, result };
}
