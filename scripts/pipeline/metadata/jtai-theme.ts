/**
 * The theme of a joint targeted area inspection: each round of JTAIs looks at the multi-agency
 * response to one kind of need or harm, named in the letter's title or opening sentence
 * ("… of the multi-agency response to serious youth violence in Leeds"). The 2016–2018 rounds
 * were titled "abuse and neglect" and took their theme from a "deep dive" focus named after it.
 */
import type { JtaiTheme } from "../../../src/schemas/document.ts";

// Most specific first: "child sexual exploitation" is exploitation, "sexual abuse in the family" is not.
const THEME_WORDS: [JtaiTheme, RegExp][] = [
  ["sexual-abuse-in-the-family", /\bsexual abuse in the family\b|\bchild sexual abuse\b/i],
  ["exploitation", /\bexploitation\b|\bexploited\b|\bgangs?\b|\bmissing from home\b/i],
  ["serious-youth-violence", /\bserious (?:youth )?violence\b/i],
  ["mental-health", /\bmental (?:ill[ -])?health\b/i],
  ["domestic-abuse", /\bdomestic abuse\b/i],
  ["front-door", /\binitial need and risk\b|\bfront door\b/i],
  ["early-help", /\bearly help\b|\bchildren and families (?:[\w\s]{0,20})?who need help\b/i],
  ["neglect", /\bneglect(?:ed)?\b/i],
];

const RESPONSE_TO = /\bmulti-agency responses? to\s+([^.\n]{3,200})/i;
const DEEP_DIVE = /\bdeep[ -]dive['’]?\s+(?:focus\s+)?(?:on\s+|into\s+)?([^.\n]{3,200})/i;
const GENERIC = /^(?:the\s+)?abuse and neglect\b/i;

/** The theme a phrase names, or null. */
function themeOf(phrase: string): JtaiTheme | null {
  return THEME_WORDS.find(([, pattern]) => pattern.test(phrase))?.[0] ?? null;
}

/** The JTAI's theme from its title and opening text, or null when neither names one. */
export function detectJtaiTheme(title: string, text: string): JtaiTheme | null {
  const head = `${title}\n${text.slice(0, 5000)}`;
  const focus = RESPONSE_TO.exec(head)?.[1] ?? null;
  if (focus !== null && !GENERIC.test(focus)) {
    const theme = themeOf(focus);
    if (theme) return theme;
  }
  const deepDive = DEEP_DIVE.exec(head)?.[1];
  return (deepDive && themeOf(deepDive)) || null;
}
