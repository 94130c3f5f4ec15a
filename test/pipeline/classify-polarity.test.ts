import { describe, expect, test } from "vitest";
import { classifyPolarity } from "../../scripts/pipeline/polarity/classify-polarity.ts";
import type { SentencePlace } from "../../scripts/pipeline/polarity/classify-polarity.ts";
import { readPolarityModel } from "../../scripts/extract/load-resources.ts";

// The model `npm run train` learnt from the gold files, as extraction uses it.
const model = readPolarityModel();

// Sentences written in the genre's way (not copied from the seeds); the label annotation.md gives them.
const body: SentencePlace = { section: "Main findings", sectionKind: "findings", listStance: null, docKind: "inspection-letter" };
const national: SentencePlace = { ...body, section: null, sectionKind: "other", docKind: "commentary" };

const cases: [string, string][] = [
  ["Most care leavers receive timely and effective support from their personal advisers.", "strength"],
  ["Return home interviews are well considered and inform safety planning.", "strength"],
  ["The quality of pathway plans has improved since the last inspection.", "strength"],
  ["In a small minority of cases, strategy discussions are not held promptly.", "improvement"],
  ["The quality of supervision is variable across teams.", "improvement"],
  ["Caseloads in the assessment teams are too high.", "improvement"],
  ["Police do not always attend initial child protection conferences.", "improvement"],
  ["It is not clear how decisions to close cases are reached.", "improvement"],
  ["The service is busy but efficiently managed.", "strength"],
  ["Leaders should ensure that return home interviews are completed for every child.", "recommendation"],
  ["Ofsted recommends that managers review the use of section 20.", "recommendation"],
  ["Inspectors looked at a sample of children's case records.", "context"],
  ["This visit was carried out in line with the inspection framework.", "context"],
  ["There continues to be more to do to embed these changes.", "improvement"],
  ["Permanence planning falls well short of what children need.", "improvement"],
  // The genre's other ways of saying "not good enough", and what annotation.md calls context.
  ["The council has yet to appoint a permanent head of service for fostering.", "improvement"],
  ["This limits managers' ability to track the progress of plans.", "improvement"],
  ["Return home interviews are less well developed for children placed out of area.", "improvement"],
  ["It is too soon to see the impact of the new assessment model.", "context"],
  ["A new edge-of-care service is due to start in the spring.", "context"],
  ["Historically, too many contacts were passed to the assessment teams.", "context"],
  // Main clause decides: a shortfall said first, the trajectory said last (annotation.md).
  ["Agency use remains high, but it is falling as permanent staff are appointed.", "strength"],
  // A negated verb of showing denies the praise in its whole clause.
  ["Audits do not demonstrate that learning is shared effectively with frontline staff.", "improvement"],
  ["Supervision records do not demonstrate how managers' decisions are informed by reflective discussion.", "improvement"],
  // Who holds a post, and since when, is background; a measure of harm above its comparators is a shortfall.
  ["The director of children's services has been in post since September 2019.", "context"],
  ["The proportion of children subject to a second or subsequent child protection plan is 22%.", "context"],
  // What something limits is its object, not praise; hard going, ongoing difficulty and uneven quality are shortfalls.
  ["The absence of a permanent manager limits the team's effectiveness.", "improvement"],
  ["High caseloads make it difficult for social workers to spend time with children.", "improvement"],
  ["Return home interviews vary in quality and timeliness.", "improvement"],
  ["Recruiting foster carers for teenagers is an ongoing challenge for the service.", "improvement"],
  ["This reduces the risk of children being exploited.", "strength"],
  // A plan not yet carried out is background.
  ["A review of the fostering service is planned for the spring.", "context"],
  ["The proportion of children subject to a second or subsequent child protection plan is higher than in similar areas.", "improvement"],
];

describe("classifyPolarity", () => {
  test.each(cases)("labels %j as %s", (sentence, expected) => {
    expect(classifyPolarity(sentence, body, model).polarity).toBe(expected);
  });

  test("gives every label at least one cue of the sentence's own words that weighed for it", () => {
    for (const [sentence] of cases) {
      const verdict = classifyPolarity(sentence, body, model);
      const forIt = verdict.cues.filter((c) => c.points === verdict.polarity && c.weight > 0 && c.kind !== "section");
      expect(forIt.length, sentence).toBeGreaterThan(0);
      for (const cue of forIt) expect(sentence.toLowerCase()).toContain(cue.text.toLowerCase());
    }
  });

  test("labels a bare noun phrase under an improvement heading as an area for improvement", () => {
    const place: SentencePlace = { ...body, section: "What needs to improve", sectionKind: "improvement" };
    const verdict = classifyPolarity("The timeliness of initial health assessments.", place, model);
    expect(verdict.polarity).toBe("improvement");
    expect(verdict.cues.find((c) => c.kind === "section")).toMatchObject({ text: "What needs to improve", points: "improvement" });
    expect(verdict.cues.find((c) => c.kind === "section")!.weight).toBeGreaterThan(0);
    expect(verdict.confidence).toBeGreaterThan(0.5);
  });

  test("never calls a sentence under an improvement heading a strength, even one full of praise words", () => {
    const place: SentencePlace = { ...body, section: "Areas for improvement", sectionKind: "improvement" };
    const verdict = classifyPolarity("The board should ensure that multi-agency audits provide an effective and comprehensive overview.", place, model);
    expect(verdict.polarity).toBe("recommendation");
  });

  test("lets a list's lead-in give its items their stance", () => {
    const place: SentencePlace = { ...body, listStance: { polarity: "strength", weight: 1, text: "Inspectors highlighted:" } };
    expect(classifyPolarity("The out-of-hours service.", place, model).polarity).toBe("strength");
  });

  test("flags praise held up as an example for others as good practice", () => {
    const verdict = classifyPolarity("The family hub model is an example of innovative practice she wants to see shared.", national, model);
    expect(verdict.polarity).toBe("strength");
    expect(verdict.goodPractice).toBe(true);
  });

  test("does not call a neutral national statement good practice", () => {
    expect(classifyPolarity("Councils are struggling to recruit social workers.", national, model)).toMatchObject({
      polarity: "improvement",
      goodPractice: false,
    });
  });

  test.each([
    // A writer's own call to act is a recommendation; a share of councils by grade is a statistic.
    ["We need to give social workers the time to build relationships with families.", "recommendation"],
    ["Around a third of local authorities are currently rated requires improvement to be good.", "context"],
  ] as const)("labels the commentary sentence %j as %s", (sentence, expected) => {
    expect(classifyPolarity(sentence, national, model).polarity).toBe(expected);
  });

  test("orders the cues by their weight in the decision and gives the model's probability as confidence", () => {
    const verdict = classifyPolarity("In a small minority of cases, strategy discussions are not held promptly.", body, model);
    const weights = verdict.cues.filter((c) => c.kind !== "good-practice").map((c) => c.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(verdict.confidence).toBeGreaterThan(0.25);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
  });

  // Known misses of the trained model, kept so they are not forgotten (the held-out figures in `npm run eval` count such errors).
  test.todo("labels 'Although assessments are timely, they do not consistently analyse risk.' as improvement (the fronted concession outweighs the main clause)");
  test.todo("labels 'The council needs to strengthen its sufficiency of placements.' as recommendation (advice addressed to the authority)");
  test.todo("labels 'No children were at immediate risk' as context, not a shortfall");
});

describe("classifyPolarity of a news report's own sentences", () => {
  const news: SentencePlace = { section: null, sectionKind: "other", listStance: null, docKind: "news" };
  test.each([
    ["The council should improve the timeliness of health assessments for children entering care, the report said.", "recommendation"],
    ["Inspectors criticised delays in the public law outline process.", "improvement"],
    ["The watchdog's inspectors spent three weeks in the borough in March.", "context"],
    ["The joint inspection looked at how agencies respond to children missing from school.", "context"],
    ["The council said it would publish an action plan within 70 working days.", "context"],
    ["The Department for Education said it would continue to monitor the council's progress.", "context"],
    // Reported criticism and directives, in a journalist's words.
    ["Ofsted warned that frequent changes of placement were unsettling for some children.", "improvement"],
    ["The council has been ordered to improve its response to children who go missing from care.", "recommendation"],
    ["Inspectors told the trust to strengthen managers' oversight of long-term plans.", "recommendation"],
    ["The chief inspector said leaders needed to move faster to recruit permanent staff.", "recommendation"],
    // Delay, absence and what went up or down: judged measures, not descriptions.
    ["Some families had waited weeks for a decision about their child's support.", "improvement"],
    ["Contact records were described as incomplete and hard to follow.", "improvement"],
    ["The number of children waiting for a permanent home has dropped over the last year.", "strength"],
    ["Social worker vacancies have risen to almost a third of posts.", "improvement"],
    ["The new family hubs are making a real difference to parents, the report said.", "strength"],
    // Process and figures told without a judgement.
    ["In all, inspectors sampled 60 children's records during the visit.", "context"],
    ["The local authority was previously rated 'requires improvement' in 2018.", "context"],
    ["A full copy of the report can be read on the inspectorate's website.", "context"],
    ["The report said that the quality of pathway plans had improved, but that many were still too generic.", "improvement"],
    ["Respite care for disabled children had been cut back because too few carers were available.", "improvement"],
    ["Leaders have cut the use of agency staff by half since the last visit.", "strength"],
    ["Inspectors from Ofsted and the Care Quality Commission visited the borough in November.", "context"],
    ["The council's last inspection, in 2021, rated its services inadequate.", "context"],
    ["Councillor Amy Lowe said the council was determined to build on the report.", "context"],
    // The rating a report announces is its judgement; an earlier rating, or a count of ratings, is background.
    ["Calderdale Council was rated inadequate after inspectors found serious failings in its care of disabled children.", "improvement"],
    ["Of the nine councils inspected this autumn, four were rated good.", "context"],
    ["In Leeds, inspectors said restorative practice was firmly embedded and that parents were treated with respect.", "strength"],
    ["Inspectors said the new model of practice was starting to make a difference to the quality of plans.", "strength"],
    ["The report said families were at the heart of the council's work.", "strength"],
    ["Inspectors said a small number of disabled children were in placements that did not meet their needs.", "improvement"],
    ["The council's fostering service was inspected over two weeks in May.", "context"],
    // An expectation inside a description is no advice ("where they should be").
    ["Reviews of child protection plans were not always held as often as they should be.", "improvement"],
    ["Senior managers have an accurate picture of where practice needs to improve.", "strength"],
    // How a regime works, and anyone's reaction to a report, is background; a modal inside a quoted reaction is no advice.
    ["Monitoring visits do not lead to a new grade.", "context"],
    ["Ministers can send in a commissioner if a council is judged inadequate.", "context"],
    ["The clinical commissioning group said it accepted the report's recommendations.", "context"],
    ["The company's managing director said: \"Every one of our staff should feel proud today.\"", "context"],
    // What could be better, what was lost, what was done late or not at all; countering drift is praise.
    ["Inspectors said the analysis in some assessments could be sharper.", "improvement"],
    ["Strategy meetings were convened late or not at all for some children.", "improvement"],
    ["Managers were found to be preventing drift in plans for younger children.", "strength"],
    ["Families were offered parenting support at an early stage, the letter said.", "strength"],
    ["The inspectorate has told Together for Children to improve its planning for care leavers.", "recommendation"],
    ["The county has been rated outstanding since 2018, and its services are run by a trust.", "context"],
    // Idioms of progress, placements outside regulation, how children felt, "only a third", "called on … to".
    ["Inspectors said the service was now on the right track after two difficult years.", "strength"],
    ["Two teenagers had spent several weeks in unregulated accommodation, the letter said.", "improvement"],
    ["Several young people told inspectors they felt ignored when they raised concerns.", "improvement"],
    ["Only half of the children seen had a plan that had been reviewed on time.", "improvement"],
    ["The letter called on the partnership to publish clearer thresholds for early help.", "recommendation"],
    // The inspectorate's routine, its next step, and a count of the children a council serves.
    ["Ofsted visits each local authority at least once between full inspections.", "context"],
    ["The watchdog will return to the county early next year.", "context"],
    ["The council is responsible for around 1,200 children in care.", "context"],
    // A service near its limit, too little of something, changes counted, what was not properly done, waits of a year.
    ["The letter described the out-of-hours service as overstretched.", "improvement"],
    ["There are not enough specialist placements for children with complex needs.", "improvement"],
    ["One child had lived in as many as six foster homes in two years.", "improvement"],
    ["Some referrals had not been properly screened before they were closed.", "improvement"],
    ["Several families had waited over a year for a carer's assessment.", "improvement"],
    ["Inspectors were impressed with the creativity of the youth offending team.", "strength"],
    // A council's money and its own account of it.
    ["Spending on agency staff fell last year, according to council figures.", "context"],
    ["The council will invest a further £3m in early help, its chief executive said.", "context"],
    // Harm above the average, low morale, oversight absent; a shortfall no child met, openness, effort paying off.
    ["Re-referrals to children's social care are higher than the national average.", "improvement"],
    ["Inspectors found morale was low in the assessment teams.", "improvement"],
    ["Supervision was often absent from the records inspectors read.", "improvement"],
    ["The report said none of the children seen were left waiting for a service.", "strength"],
    ["The council's investment in its workforce is paying off, the report said.", "strength"],
    ["Inspectors found little progress in the quality of pathway plans since the last visit.", "improvement"],
    ["Several social workers said they felt exhausted by the demands of the job.", "improvement"],
    ["In 2021, the trust was told to improve its response to neglect.", "context"],
    ["Inspectors said young people in care were thriving in their foster homes.", "strength"],
    ["A rise in referrals from schools is putting real pressure on the assessment teams.", "improvement"],
    ["Two care leavers had been housed in bed and breakfast for several weeks, the letter said.", "improvement"],
    ["The fostering team's support for kinship carers was described as exemplary.", "strength"],
    ["The report said the adoption service had kept its high standards.", "strength"],
    ["The new edge-of-care team is still at an early stage of its work.", "improvement"],
    // What a trajectory reduces is its object, not a shortfall; more of a good outcome is progress.
    ["The council has significantly reduced its reliance on agency social workers, inspectors found.", "strength"],
    ["The trust has cut its reliance on interim managers, inspectors found.", "strength"],
    ["The council has raised the proportion of care leavers in education, employment or training.", "strength"],
    ["The report found that the council had \"transformed\" its services for children in care.", "strength"],
    ["Inspectors found that the council's early help offer was helping families before problems escalated.", "strength"],
    // The grade said in full is one shortfall, not a shortfall and a "good".
    ["The county's children's services have been judged as requiring improvement to be good by Ofsted, in its first full inspection since 2021.", "improvement"],
    // A history of ratings and visits, counts without a judgement, plans announced and who runs a service: background.
    ["It is the second time in five years that the borough has been rated inadequate.", "context"],
    ["The focused visit, which took place in January, was the council's fourth since it was judged inadequate.", "context"],
    ["The borough's services were judged outstanding at their previous inspection in 2019.", "context"],
    ["The inspection, led by Ofsted alongside the police and health inspectorates, looked at the response to neglect.", "context"],
    ["The number of children in care in the county has grown to nearly 1,100.", "context"],
    ["The government has announced plans to reform children's social care over the next five years.", "context"],
    ["Children's social care in the borough has been run by a council-owned company since 2019.", "context"],
    // Progress said plainly, a history told in passing, and the areas for improvement a report named.
    ["A children's trust set up after years of failings is making progress, according to inspectors.", "strength"],
    ["Frequent changes of manager had affected the consistency of children's plans, the letter said.", "improvement"],
    ["The report is the first full inspection of the council's children's services since 2019.", "context"],
    ["Ofsted's chief inspector said the regulator would publish its annual report in the autumn.", "context"],
    ["The council's leader said he was deeply disappointed by the report.", "context"],
    ["Ofsted's report comes a year after the council's director of children's services resigned.", "context"],
    // Homes outside regulation, long waits, and what the writer calls worrying are shortfalls.
    ["Some children had been placed in homes that were not registered with Ofsted, the letter said.", "improvement"],
    ["According to the report, children with disabilities faced long waits for assessments.", "improvement"],
    ["Ofsted said it was \"concerning\" that some 16 and 17-year-olds had been placed in adult hostels.", "improvement"],
    ["The only area for improvement identified was the timeliness of some return home interviews for children who go missing.", "improvement"],
  ] as const)("labels %j as %s", (sentence, expected) => {
    expect(classifyPolarity(sentence, news, model).polarity).toBe(expected);
  });
});
