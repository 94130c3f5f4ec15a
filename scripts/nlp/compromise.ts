/**
 * The one module that imports compromise. It configures it once and exports typed functions;
 * compromise's loose types stop here.
 */
import nlp from "compromise/one";

// compromise types its world as a bare object; this adapter is the one place that knows its shape.
const world = nlp.world() as { model: unknown; methods: unknown };
const abbreviations = (world.model as { one: { abbreviations: Record<string, boolean> } }).one.abbreviations;
// Abbreviations the splitter does not know (research-nlp.md §6): "No. 12", "2023 vs. 2022", "Cllr. Smith".
for (const word of ["no", "nos", "vs", "cllr", "para", "paras", "ref", "fig", "cf", "approx", "dept", "govt"]) {
  abbreviations[word] = true;
}

type SplitSentences = (text: string, world: unknown) => string[];
const splitter = (world.methods as unknown as { one: { tokenize: { splitSentences: SplitSentences } } }).one.tokenize
  .splitSentences;

/** Split text into sentences with compromise's splitter (no tagging: about 45 MB/s). */
export function splitSentencesRaw(text: string): string[] {
  return splitter(text, world);
}
