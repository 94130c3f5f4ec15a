/**
 * Make a plausible new document from a real one: another authority as its subject, its dates
 * shifted, and the sentences of each paragraph in another order. For scale benchmarks only.
 */
import type { Authority } from "../../src/schemas/authority.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})\\b`, "g");
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z])/;

/** How to vary one document. */
export interface Variation {
  /** The authority to name instead of the document's subject. */
  target: Authority;
  /** Days added to every "12 March 2023" date. */
  shiftDays: number;
  /** Seed of the sentence shuffle. */
  seed: number;
}

/** A function giving the authority a text names most often (by name and aliases), or undefined when it names none. */
export function subjectFinder(authorities: readonly Authority[]): (text: string) => Authority | undefined {
  // One pass of one pattern over the text, rather than a pattern per authority.
  const byForm = new Map<string, Authority>();
  for (const authority of authorities) for (const form of nameForms(authority)) if (!byForm.has(form)) byForm.set(form, authority);
  const pattern = wordPattern([...byForm.keys()]);
  return (text) => {
    const counts = new Map<Authority, number>();
    for (const match of text.matchAll(pattern)) {
      const authority = byForm.get(match[0])!;
      counts.set(authority, (counts.get(authority) ?? 0) + 1);
    }
    let best: Authority | undefined;
    for (const [authority, count] of counts) if (!best || count > counts.get(best)!) best = authority;
    return best;
  };
}

/** The text with `subject`'s names swapped for the target's, dates shifted and paragraphs' sentences shuffled. */
export function varyText(text: string, subject: Authority | undefined, variation: Variation): string {
  let out = subject ? text.replace(namePattern(subject), variation.target.name) : text;
  out = out.replace(DATE, (_m, day: string, month: string, year: string) => shiftDate(Number(day), MONTHS.indexOf(month), Number(year), variation.shiftDays));
  const random = seededRandom(variation.seed);
  return out
    .split("\n\n")
    .map((paragraph) => shuffleSentences(paragraph, random))
    .join("\n\n");
}

/** Every name form of the authority as one word-bounded pattern. */
function namePattern(authority: Authority): RegExp {
  return wordPattern(nameForms(authority));
}

function nameForms(authority: Authority): string[] {
  return [...new Set([authority.name, ...authority.aliases])].filter((f) => f.length >= 3);
}

// Longest first, so "Kent County Council" wins over "Kent".
function wordPattern(forms: string[]): RegExp {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${sorted.map(escapeRegExp).join("|")})\\b`, "g");
}

function shiftDate(day: number, month: number, year: number, days: number): string {
  const date = new Date(Date.UTC(year, month, day) + days * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

// Lists and headings are single lines: only paragraphs of several sentences are reordered.
function shuffleSentences(paragraph: string, random: () => number): string {
  if (paragraph.includes("\n")) return paragraph;
  const sentences = paragraph.split(SENTENCE_BREAK);
  if (sentences.length < 2) return paragraph;
  for (let i = sentences.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
  }
  return sentences.join(" ");
}

/** Mulberry32: a small deterministic generator, so a scaled corpus is the same every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
