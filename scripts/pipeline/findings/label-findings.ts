/**
 * Stages 4 and 5: label each candidate sentence (polarity with its cues, themes with their
 * triggers, authorities, good practice), carrying a cited authority over from the sentence
 * before it in the same block.
 */
import type { Cue } from "../../../src/schemas/cue.ts";
import type { Polarity } from "../../../src/schemas/finding.ts";
import type { AuthorityMatcher } from "../../authorities/find-authorities.ts";
import { isNamedAsTopic } from "../../authorities/sentence-context.ts";
import { classifyPolarity, type SentencePlace } from "../polarity/classify-polarity.ts";
import { FeatureVocabulary } from "../polarity/feature-vocabulary.ts";
import type { PolarityModel } from "../polarity/polarity-model.ts";
import type { ListedFeatures } from "../polarity/feature-sink.ts";
import { ruleVerdictOf, type FeatureSource, type SentenceFeatures } from "../polarity/sentence-features.ts";
import { themeContexts, type ThemeContext, type TriggeredTheme } from "../../themes/theme-context.ts";
import { scoreThemes, type ThemeModel } from "../../themes/theme-model.ts";
import type { SentenceCandidate } from "./collect-sentences.ts";
import { byCodeUnits, sortSmall } from "../stable-sort.ts";

/** What the labellers need besides the sentence. */
export interface LabelContext {
  tagThemes: (sentence: string) => TriggeredTheme[];
  matcher: AuthorityMatcher;
  /** The document's subject authorities: every finding's, unless the document has none. */
  subjects: string[];
  /** The document's kind: the polarity model weighs it (praise is the norm in inspection findings, not in commentary). */
  docKind: string;
  /** The document's overall grade, or null: the polarity model weighs it too. */
  docGrade: string | null;
  polarityModel: PolarityModel;
  themeModel: ThemeModel;
}

/** A labelled sentence, before ids and offsets are attached. */
export interface LabelledSentence {
  candidate: SentenceCandidate;
  polarity: Polarity;
  confidence: number;
  cues: Cue[];
  themes: string[];
  authorities: string[];
  goodPractice: boolean;
  /** The rule engine's verdict on this sentence (the next sentence of its paragraph reads it). */
  ruleVerdict: Polarity | null;
  /** The sentence folded for matching (foldSentence), which its identity can reuse. */
  folded: string;
}

// What stands between two authorities of one list: "X and Y", "X, Y and Z", "X & Y".
const COORDINATED = /^\s*(?:,|,?\s*(?:and|&|or))\s*$/;

// "The council also runs …": a definite reference to an authority the text has just cited.
const AUTHORITY_REFERENCE = /\b(?:the|this|that|its) (?:london |metropolitan )?(?:council|borough|local authority|authority|county|city council)\b/i;

// The features either model reads, per pair of models (built once, not per document).
const vocabularies = new WeakMap<PolarityModel, WeakMap<ThemeModel, FeatureVocabulary>>();

function modelVocabulary(polarity: PolarityModel, themes: ThemeModel): FeatureVocabulary {
  let byThemes = vocabularies.get(polarity);
  if (!byThemes) vocabularies.set(polarity, (byThemes = new WeakMap()));
  let vocabulary = byThemes.get(themes);
  if (!vocabulary) byThemes.set(themes, (vocabulary = new FeatureVocabulary([...polarity.file.features, ...themes.file.features])));
  return vocabulary;
}

/** Label the candidates of one document, in order. */
export function labelFindings(candidates: SentenceCandidate[], ctx: LabelContext): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  const vocabulary = modelVocabulary(ctx.polarityModel, ctx.themeModel);
  const contexts = themeContexts(candidates, ctx.tagThemes);
  for (const [i, candidate] of candidates.entries()) {
    const previous = out.at(-1);
    const sameBlock = previous !== undefined && previous.candidate.blockIndex === candidate.blockIndex && !candidate.inList;
    const previousVerdict = sameBlock ? previous.ruleVerdict : null;
    // The place by its fields (a spread of the candidate copied every field of it, for each sentence).
    const place: SentencePlace = {
      section: candidate.section,
      sectionKind: candidate.sectionKind,
      listStance: candidate.listStance,
      inList: candidate.inList,
      docKind: ctx.docKind,
      docGrade: ctx.docGrade,
      previousVerdict,
    };
    const verdict = classifyPolarity(candidate.text, place, ctx.polarityModel, vocabulary);
    // The verdict's own list (made for this sentence): theme and authority cues are added to it.
    const cues = verdict.cues;
    let { polarity, goodPractice } = verdict;
    const { confidence } = verdict;
    // Themes: the model weighs the taxonomy's triggers (in the sentence, its heading and its neighbours) with the
    // sentence's words; a cue names the sentence's own trigger, else the context or word that weighed most.
    const context = contexts[i]!;
    const themes = scoreThemes(ctx.themeModel, verdict.features.listed ?? verdict.features.values, context);
    for (const { theme, probability, strongest } of themes) {
      const trigger = context.own.find((t) => t.theme === theme)?.trigger ?? themeReason(candidate.text, verdict.features, strongest, context, theme);
      cues.push({ kind: "theme", text: trigger, points: theme, weight: Math.round(probability * 100) / 100 });
    }
    let authorities = ctx.subjects;
    // An inspection's own letter or report is about its subject throughout, partners it names included.
    if (ctx.subjects.length > 0 && (ctx.docKind === "news" || ctx.docKind === "commentary")) authorities = subjectsOfSentence(candidate.text, ctx, cues);
    if (ctx.subjects.length === 0) {
      const mentioned = [...new Set(ctx.matcher.find(candidate.text).map((m) => m.code))];
      for (const code of mentioned) cues.push({ kind: "authority", text: code, points: code, weight: 1 });
      if (mentioned.length > 0) authorities = mentioned;
      else if (previous && previous.authorities.length > 0 && (sameBlock || AUTHORITY_REFERENCE.test(candidate.text))) {
        // "At the London borough …", "The council also …": the paragraph goes on about the authority it cited.
        authorities = previous.authorities;
        cues.push({ kind: "authority", text: "(same paragraph)", points: authorities.join(" "), weight: 0.5 });
        if (previous.goodPractice && polarity !== "improvement" && polarity !== "recommendation") {
          polarity = "strength";
          goodPractice = true;
          cues.push({ kind: "good-practice", text: "(same paragraph)", points: "good-practice", weight: 0.5 });
        }
      }
    }
    out.push({
      candidate,
      polarity,
      confidence,
      cues,
      themes: sortSmall(themes.map((t) => t.theme), byCodeUnits),
      authorities,
      goodPractice: goodPractice && polarity === "strength",
      ruleVerdict: ruleVerdictOf(verdict.features),
      folded: verdict.folded,
    });
  }
  return out;
}

/**
 * A sentence of an article about one or more authorities is about them, unless it names which:
 * one of several subjects ("In Luton, inspectors said …"), or another authority as its topic
 * ("Neighbouring Essex County Council, rated outstanding, …"), not one named in passing.
 */
function subjectsOfSentence(text: string, ctx: LabelContext, cues: Cue[]): string[] {
  const mentions = ctx.matcher.find(text);
  const named = [...new Set(mentions.map((m) => m.code))];
  const namedSubjects = named.filter((code) => ctx.subjects.includes(code));
  let authorities = ctx.subjects;
  if (namedSubjects.length > 0) authorities = ctx.subjects.length > 1 ? namedSubjects : ctx.subjects;
  else {
    // Authorities listed with a topic ("Stockton and Redcar and Cleveland are both rated good") share its place.
    const topical = mentions.map((m) => isNamedAsTopic(text, m));
    for (let k = 1; k < mentions.length; k++) {
      if (topical[k - 1] && COORDINATED.test(text.slice(mentions[k - 1]!.end, mentions[k]!.start))) topical[k] = true;
    }
    const topics = [...new Set(mentions.filter((_, k) => topical[k]).map((m) => m.code))];
    if (topics.length > 0) authorities = topics;
  }
  if (authorities !== ctx.subjects) for (const code of authorities) cues.push({ kind: "authority", text: code, points: code, weight: 1 });
  return authorities;
}

/** What gave a sentence a theme its own triggers did not: a neighbour's or the heading's trigger, or the weightiest word. */
function themeReason(text: string, features: SentenceFeatures, strongest: string, context: ThemeContext, theme: string): string {
  if (strongest.startsWith("context:")) {
    const place = strongest.slice(8) as keyof ThemeContext;
    const tag = context[place].find((t) => t.theme === theme);
    if (tag) return `${CONTEXT_WORDS[place]} ${tag.trigger}`;
  }
  // A theme the sentences beside it triggered (which may be another theme that leads to this one).
  if (strongest.startsWith("nb:")) {
    const near = strongest.slice(3);
    for (const place of ["previous", "next"] as const) {
      const tag = context[place].find((t) => t.theme === near);
      if (tag) return `${CONTEXT_WORDS[place]} ${tag.trigger}`;
    }
  }
  return sourceWords(text, features, strongest);
}

const CONTEXT_WORDS: Record<keyof ThemeContext, string> = { own: "", heading: "(heading)", previous: "(sentence before)", next: "(sentence after)" };

/** The words of the sentence that fired a feature (empty for a feature with no span). */
function sourceWords(text: string, features: SentenceFeatures, name: string): string {
  const source = features.listed ? listedSource(features.listed, name) : features.sources.get(name);
  return source === undefined || "outside" in source ? source?.outside ?? "" : text.slice(source.start, source.end);
}

/** Where the feature `name` fired in a sentence's listed features (a few dozen: a scan costs less than a map). */
function listedSource(listed: ListedFeatures, name: string): FeatureSource | undefined {
  const { names } = listed.vocabulary;
  const slot = listed.ids.findIndex((id) => names[id] === name);
  return slot < 0 ? undefined : listed.sources[slot];
}
