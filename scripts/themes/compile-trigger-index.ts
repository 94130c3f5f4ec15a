import type { Theme } from "../../src/schemas/theme.ts";
import { lastWordForms, singleWordForms, type FormKind } from "./inflect-trigger-word.ts";
import { triggerWords } from "./tokenise-for-matching.ts";

/** What a pattern does when it matches: tag outright, tag only with a second cue, or be that cue. */
export type PatternRole = "trigger" | "ambiguous" | "cue";

/** One trigger or cue of one theme, compiled to the word forms it accepts at each position. */
export interface TriggerPattern {
  /** Index of the theme in TriggerIndex.themeIds. */
  theme: number;
  /** The trigger or cue as written in the theme's front matter. */
  text: string;
  role: PatternRole;
  /** Accepted lower-case forms at each word position, with how each relates to the lemma. */
  positions: ReadonlyMap<string, FormKind>[];
  /** For a trigger written with capitals, its words as written; the source must carry them so. */
  exactCase: string[] | null;
}

/** All patterns of a taxonomy, looked up by the form of their first word. */
export interface TriggerIndex {
  themeIds: string[];
  byFirstWord: Map<string, TriggerPattern[]>;
}

/** Compiles every theme's triggers, ambiguous triggers and cues into one lookup by first word. */
export function compileTriggerIndex(themes: readonly Theme[]): TriggerIndex {
  const byFirstWord = new Map<string, TriggerPattern[]>();
  themes.forEach((theme, index) => {
    for (const pattern of themePatterns(theme, index)) {
      const first = pattern.positions[0];
      if (first === undefined) continue;
      for (const form of first.keys()) {
        const list = byFirstWord.get(form);
        if (list === undefined) byFirstWord.set(form, [pattern]);
        else list.push(pattern);
      }
    }
  });
  return { themeIds: themes.map((t) => t.id), byFirstWord };
}

function themePatterns(theme: Theme, index: number): TriggerPattern[] {
  const ambiguous = new Set(theme.ambiguous.map(key));
  const seen = new Set<string>();
  const patterns: TriggerPattern[] = [];
  const add = (text: string, role: PatternRole): void => {
    const id = role + ":" + text;
    if (seen.has(id)) return;
    seen.add(id);
    const pattern = compilePattern(text, index, role);
    if (pattern !== null) patterns.push(pattern);
  };
  // ambiguous entries need not be repeated in triggers; either way they need a cue
  for (const t of [...theme.triggers, ...theme.ambiguous]) add(t, ambiguous.has(key(t)) ? "ambiguous" : "trigger");
  for (const c of theme.cues) add(c, "cue");
  return patterns;
}

function compilePattern(text: string, theme: number, role: PatternRole): TriggerPattern | null {
  const words = triggerWords(text);
  if (words.length === 0) return null;
  const positions = words.map((w, i): ReadonlyMap<string, FormKind> => {
    if (words.length === 1) return singleWordForms(w);
    if (i === words.length - 1) return lastWordForms(w);
    return new Map([[w, "base"]]);
  });
  const exactCase = /[A-Z]/.test(text) ? (text.match(/[A-Za-z0-9]+/g) ?? []) : null;
  return { theme, text, role, positions, exactCase };
}

// Triggers compare as their words, so "step-up" and "step up" are one entry.
function key(trigger: string): string {
  return triggerWords(trigger).join(" ");
}
