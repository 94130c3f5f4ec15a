import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadThemes } from "../../scripts/themes/load-themes.ts";
import { createThemeTagger, themeIdsOf } from "../../scripts/themes/tag-themes.ts";

const tag = createThemeTagger(loadThemes());
const themesOf = (sentence: string): string[] => themeIdsOf(tag(sentence));
const GOLD = fileURLToPath(new URL("../../../shared/gold/seeds.jsonl", import.meta.url));

describe("createThemeTagger", () => {
  test.each([
    ["Strategy meetings are mostly timely.", "strategy-discussions"],
    ["Strategy discussions do not routinely include health.", "strategy-discussions"],
    ["The strategy discussion was held with the police the same day.", "strategy-discussions"],
    ["Contacts and referrals are screened promptly in the MASH.", "contacts-referrals"],
    ["Contact from partners is screened within 24 hours.", "contacts-referrals"],
    ["The front-door service is efficient.", "mash"],
    ["The out-of-hours service responds well at night.", "out-of-hours"],
    ["Calls out of hours are answered by the emergency duty team.", "out-of-hours"],
    ["Most 16- and 17-year-olds who present as homeless are assessed promptly.", "homeless-16-17"],
    ["Responses to 16 and 17-year-olds are timely.", "homeless-16-17"],
    ["Responses to 16 and 17 year olds are timely.", "homeless-16-17"],
    ["Assessments are thorough and analytical.", "assessments"],
    ["Analysis of risk is strong in most assessments.", "assessments"],
    ["Practitioners are supervised regularly.", "supervision"],
    ["Children with SEND receive well-coordinated help.", "disabled-children"],
    ["Children who go missing are offered return home interviews.", "missing"],
    ["Care leavers have up-to-date pathway plans and a personal adviser.", "care-leavers"],
    ["The virtual school tracks the progress of children in care.", "education"],
    ["Allegations against staff are referred promptly to the designated officer.", "lado-allegations"],
    ["Independent reviewing officers challenge drift in care plans.", "children-in-care"],
    ["Too many children experience placement moves.", "children-in-care"],
    ["Core groups meet regularly and child protection plans are specific.", "plans-reviews"],
    ["Children at risk of child sexual exploitation (CSE) are identified early.", "exploitation"],
    ["Thresholds are well understood and applied by partners.", "thresholds"],
    ["When concerns increase, children are stepped up to child protection.", "thresholds"],
    // The plain words of a news report, as a journalist writes them rather than an inspector.
    ["Too many social workers are leaving, and the council relies on locum staff.", "workforce"],
    ["Children have had frequent changes of social worker.", "workforce"],
    ["The council has adopted Signs of Safety across its teams.", "workforce"],
    ["Young people in care said they were rarely listened to.", "children-in-care"],
    ["Social workers see children alone and know them well.", "voice-of-child"],
    ["Children feel listened to by their social workers.", "voice-of-child"],
    ["Plans take account of each child's ethnicity, religion and heritage.", "voice-of-child"],
    ["The council's cabinet member for children welcomed the report.", "leadership"],
    ["Agencies now work together better to protect children.", "multi-agency"],
    ["More children were taken into care last year.", "children-in-care"],
    ["Some children are placed out of area, far from their families.", "children-in-care"],
    ["Young people who leave care get help to find a home.", "care-leavers"],
    ["Adopters say they feel well prepared.", "permanence"],
    ["Girls at risk of grooming are identified quickly.", "exploitation"],
  ])("tags %j with %s", (sentence, theme) => {
    expect(themesOf(sentence)).toContain(theme);
  });

  test.each([
    ["Family time contact with parents is well supported.", "contacts-referrals"],
    ["The sufficiency strategy has increased the number of local foster carers.", "strategy-discussions"],
    ["The early help strategy was launched in 2023.", "strategy-discussions"],
    ["Improvement planning is well established.", "plans-reviews"],
    ["The council's improvement plan is ambitious.", "plans-reviews"],
    ["Social workers send letters to parents promptly.", "disabled-children"],
    ["Some information was missing from the records.", "missing"],
    ["Eleanor Schooling said local authorities are struggling.", "education"],
    ["The independent reviewing officer chairs the review.", "police"],
    ["Student social workers on placement are well supported.", "children-in-care"],
    ["There is a strong learning culture in the service.", "voice-of-child"],
    ["Performance data is analysed monthly.", "assessments"],
    ["Foster carers complete a thorough induction.", "workforce"],
    ["Funding for the youth centre came from a national grant.", "leadership"],
    ["Staff feel listened to by their managers.", "voice-of-child"],
  ])("does not tag %j with %s", (sentence, theme) => {
    expect(themesOf(sentence)).not.toContain(theme);
  });

  test("keeps the trigger that fired and its offsets in the sentence as given", () => {
    const sentence = "Children’s ‘front‑door’ decisions and strategy meetings are timely.";
    const tags = tag(sentence);
    const strategy = tags.find((t) => t.theme === "strategy-discussions");
    expect(strategy?.trigger).toBe("strategy meeting");
    expect(sentence.slice(strategy?.start, strategy?.end)).toBe("strategy meetings");
    const mash = tags.find((t) => t.theme === "mash");
    expect(sentence.slice(mash?.start, mash?.end)).toBe("front‑door");
  });

  test("drops a phrase inside a longer phrase of the same theme", () => {
    const tags = tag("The strategy meeting was prompt.").filter((t) => t.theme === "strategy-discussions");
    expect(tags.map((t) => t.trigger)).toEqual(["strategy meeting"]);
  });

  test("tags nothing in a sentence without triggers", () => {
    expect(tag("This visit was carried out in line with the framework.")).toEqual([]);
    expect(tag("")).toEqual([]);
  });

  test.todo("tags a sentence whose theme comes only from the sentences around it (\"Risks are well considered\" after a strategy-meeting sentence)");
});

interface GoldFinding {
  text: string;
  themes: string[];
}

function goldFindings(): GoldFinding[] {
  return readFileSync(GOLD, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { findings: GoldFinding[] }).findings);
}

describe.skipIf(!existsSync(GOLD))("against the gold findings (skipped when shared/gold/seeds.jsonl is absent)", () => {
  test("reaches a micro F1 of at least 0.75 on the gold themes", () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const finding of goldFindings()) {
      const predicted = new Set(themesOf(finding.text));
      const gold = new Set(finding.themes);
      for (const t of predicted) if (gold.has(t)) tp++;
      else fp++;
      for (const t of gold) if (!predicted.has(t)) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    console.log(`themes on gold: P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(f1).toBeGreaterThanOrEqual(0.75);
  });
});
