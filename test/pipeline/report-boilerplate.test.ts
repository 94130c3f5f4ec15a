import { describe, expect, test } from "vitest";
import { isBackPageOpener, isBoilerplateSentence, isDescriptorHeading, referenceTagLengths } from "../../scripts/pipeline/structure/report-boilerplate.ts";
import { isJudgementTableRow, isVerdictLine } from "../../scripts/pipeline/structure/verdict-lines.ts";
import { isTeamOrSourceLine } from "../../scripts/pipeline/structure/line-patterns.ts";

// Shapes of the report templates of 2009–2025: back page, template notes, grade descriptors, reference tags.
describe("report template sentences", () => {
  test.each([
    "You may copy all or parts of this document for non-commercial educational purposes, as long as you give details of the source and date of publication and do not alter the information in any way.",
    "You may reuse this information (not including logos) free of charge in any format or medium, under the terms of the Open Government Licence.",
    "This document may be reproduced in whole or in part for non-commercial purposes, provided that the information quoted is reproduced without adaptation.",
    "Further copies of this report are obtainable from the local authority or at www.ofsted.gov.uk",
    "To receive regular email alerts about new publications, including survey reports and inspection reports, please visit our website and go to ‘Subscribe’.",
    "Interested in our work? You can subscribe to our monthly newsletter for more information and updates.",
    "If you would like a copy of this document in a different format, such as large print or Braille, please telephone the helpline.",
    "Any complaints about the inspection or the report should be made following the procedures set out in the guidance.",
    "The Office for Standards in Education, Children's Services and Skills (Ofsted) regulates and inspects to achieve excellence in the care of children and young people.",
    "It regulates and inspects childcare and children’s social care, and inspects the Children and Family Court Advisory and Support Service (Cafcass).",
    "It assesses council children’s services, and inspects services for children looked after, safeguarding and child protection.",
    "It inspects services for looked after children and child protection.",
    "The local authority was given the opportunity to review this section of the report and has updated it with local unvalidated data where this was available.",
    "The LSCB was given the opportunity to review this section of the report.",
    "A full description of what the inspection judgements mean can be found at the end of this report.",
    "It is Ofsted’s expectation that, as a minimum, all children and young people receive good help, care and protection.",
    "It is Ofsted's expectation that all children and young people receive the level of help, care and protection that will ensure their safety.",
    "All inspection judgements are made using the following four point scale.",
    "These are residential special schools that look after children for fewer than 295 days per year.",
    "[1] These are residential special schools that look after children for 295 days or less per year.",
    "DfE School and Pupil Number 2016 These are residential special schools that look after children for 295 days or less per year.",
    "There are no widespread or serious failures that leave children being harmed or at risk of harm.",
    // Grade descriptors, in the summary and at the end.
    "The local authority leads effective services that meet the requirements for good.",
    "There are no widespread or serious failures that create or leave children being harmed or at risk of harm.",
    "In a local authority that requires improvement, there are no widespread or serious failures that create or leave children being harmed or at risk of harm.",
    "The welfare of looked after children is safeguarded and promoted.",
    "Minimum requirements are in place, however, the authority is not yet delivering good protection, help and care for children, young people and families.",
    "However, the authority is not yet delivering good protection, help and care for children, young people and families.",
    "An outstanding LSCB is highly influential in improving the care and protection of children.",
    "An LSCB that is good coordinates the activity of statutory partners and monitors the effectiveness of local arrangements.",
    "A local authority that is inadequate is providing services where there are widespread or serious failures.",
    "An LSCB requires improvement if it does not yet demonstrate the characteristics of good.",
    "Outstanding (Grade 1) A service that significantly exceeds minimum requirements",
    // Reference tags.
    "(Recommendation)",
    "( Recommendation)",
    "(Recommendation 2)",
    "(Recommendations 2 and 4)",
    "(Paragraph 155)",
    "(Paras 59, 76, 113)",
    "(outcome 4, national framework)",
    "Page 7, paragraph 12).",
    "(Page 31, paragraphs 98, 102)",
    "(Enabler 2, national framework)",
    "All names are pseudonyms.",
    "The Children Act 2004 (Joint Area Reviews) Regulations 2015 www.legislation.gov.uk/uksi/2015/1792/contents/made enable the chief inspector to determine which agency should make the written statement.",
    "www.legislation.gov.uk/uksi/2015/1792/contents/made enable the chief inspector to determine which agency should make the written statement.",
  ])("%s is template text", (text) => expect(isBoilerplateSentence(text)).toBe(true));

  // Real findings that mention Ofsted, copies, expectations, reviews or grades.
  test.each([
    "Inspectors found that the local authority had not reviewed its threshold document since the last inspection.",
    "Since the last Ofsted inspection, leaders have strengthened the front door.",
    "Ofsted produces this report of the inspection of local authority functions under its power to combine reports.",
    "Care leavers receive a copy of their pathway plan, which they helped to write.",
    "Young people are given copies of their health histories when they leave care.",
    "Leaders have high expectations of social workers and managers.",
    "The local authority has reviewed all cases stepped down to early help since the last inspection.",
    "Managers review this section of the case record at every supervision.",
    "The welfare of children in private fostering arrangements is not always assessed.",
    "Elected members work purposefully to meet the widespread and complex needs of their community.",
    "Good local authority oversight of children missing education ensures that they are quickly found.",
    "A small number require improvement because target setting was too simplistic.",
    "The recommendation from the last inspection has been fully addressed.",
    "This is good practice.",
    "Outcomes for children in care are improving, in line with the national framework.",
    "Names of children are recorded accurately on the system.",
    "The local offer for care leavers is published at www.example.gov.uk/local-offer and is easy to find.",
  ])("%s is not", (text) => expect(isBoilerplateSentence(text)).toBe(false));

  test("a reference tag glued to a sentence is measured so it can be cut off, and a sentence without one is left whole", () => {
    expect(referenceTagLengths("(Recommendation) Older care leavers fare less well.")).toEqual({ lead: 17, trail: 0 });
    expect(referenceTagLengths("Plans do not drift (paragraphs 12 and 14)")).toEqual({ lead: 0, trail: 23 });
    expect(referenceTagLengths("Plans are not always updated (outcome 4, national framework)").trail).toBe(32);
    expect(referenceTagLengths("Ensure that pathway plans are reviewed (Page 7, paragraph 12)").trail).toBe(23);
    expect(referenceTagLengths("Recommendations from the last inspection (2019) have been met.")).toEqual({ lead: 0, trail: 0 });
  });

  test("the back page opens at its first notice, not at a template note of the body", () => {
    expect(isBackPageOpener("You may reuse this information (not including logos) free of charge in any format or medium.")).toBe(true);
    expect(isBackPageOpener("The local authority was given the opportunity to review this section of the report.")).toBe(false);
    expect(isBackPageOpener("It is Ofsted’s expectation that, as a minimum, all children receive good help.")).toBe(false);
  });

  test.each([
    ["What the inspection judgements mean", true],
    ["What the inspection judgements mean: the LSCB", true],
    ["What the local authority inspection judgements mean", true],
    ["The inspection judgements and what they mean", true],
    ["What the inspection judgements mean | 36", false],
    ["Inspection judgements about the local authority", false],
  ] as const)("%s opens a descriptor section: %s", (text, expected) => expect(isDescriptorHeading(text)).toBe(expected));
});

describe("verdict lines", () => {
  test.each([
    "The overall judgement is that children’s services are inadequate",
    "The overall judgement is good.",
    "Children’s services in Enfield are good because:",
    "Children’s services in Brighton and Hove require improvement to be good",
    "This local authority is good because",
    "This Local Authority has serious weaknesses and is not yet good because",
    "The graded judgement for adoption performance is that it is good",
    "The graded judgment about the experience and progress of care leavers is that it requires improvement.",
    "The experiences and progress of children who need help and protection requires improvement to be good.",
    "The experiences and progress of children in care and care leavers: good",
    "The impact of leaders on social work practice with children and families is: good",
    "Overall effectiveness: Inadequate.",
    "Leadership, management and governance are inadequate",
    "2.1 Adoption performance Good",
    "The Local Safeguarding Children Board requires improvement",
    "The arrangements in place to evaluate the effectiveness of what is done by the authority and board partners to safeguard and promote the welfare of children are good.",
  ])("%s is a verdict line", (text) => expect(isVerdictLine(text)).toBe(true));

  // Prose that states a grade in a sentence of the report's own is a finding.
  test.each([
    "Children’s services in Sheffield are good.",
    "Services for children in need of help and protection in Luton are inadequate.",
    "Services to children and families in Richmond upon Thames are good.",
    "For these reasons, overall effectiveness requires improvement to be good.",
    "Adoption services are outstanding.",
    "Social workers are good at ensuring that children’s health needs are met.",
    "The local authority is good at listening to children.",
    "The experiences and progress of children in care have improved since the last inspection.",
  ])("%s is not", (text) => expect(isVerdictLine(text)).toBe(false));
});

describe("judgement-table rows", () => {
  test.each([
    "Judgement | Grade",
    "Key judgement",
    "Judgement grade",
    "The impact of leaders on social work practice with children and families | Good",
    "The experiences and progress of children who need help Requires improvement and protection | to be good",
    "1. Children who need help and protection | Inadequate",
    "Overall effectiveness | Inadequate Grade 4",
    "Good (Grade 2) | A service that exceeds minimum requirements",
  ])("%s is a table row", (text) => expect(isJudgementTableRow(text)).toBe(true));

  test.each([
    "Summary of findings | 3",
    "Children looked after | 412 | 398",
    "The quality of practice is good.",
    "Good practice | examples were seen in the disabled children's team",
  ])("%s is not", (text) => expect(isJudgementTableRow(text)).toBe(false));
});

describe("inspection-team and source lines", () => {
  test.each([
    "Team inspectors: Helen Cawston HMI, Emmy Tomsett HMI, Susan Myers HMI, Andrew Wyatt SHMI, Stella Butler HMI",
    "Lead inspector: Brenda McLaughlin",
    "Quality assurance manager: John Gregg Senior Her Majesty’s Inspector.",
    "Shadow inspector: Anne-Marie Born",
    "Reporting inspector Sarah Urding HMI",
    "Source: ONS 2011 census.",
    "Team inspectors (all HMI unless otherwise stated): Dominic Stevens, Karen Wareing, Louise Hocking",
  ])("%s is furniture", (text) => expect(isTeamOrSourceLine(text)).toBe(true));

  test.each([
    "Team managers provide oversight and guidance at the point of allocation.",
    "Lead inspectors from the partner inspectorates met the director of children’s services.",
    "Sources of support for care leavers are well publicised.",
  ])("%s is not", (text) => expect(isTeamOrSourceLine(text)).toBe(false));
});
