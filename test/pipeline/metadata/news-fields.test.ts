/**
 * The document fields of news and commentary, on articles written for these tests in the style of
 * the trade press (none is a real article): kind, subject authority, reported grade and inspection type.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { readDocument } from "../../../scripts/readers/index.ts";
import { extractDocument, type ExtractionResources } from "../../../scripts/pipeline/extract-document.ts";
import { loadResources } from "../../../scripts/extract/load-resources.ts";
import type { ExtractedDocument } from "../../../src/schemas/document.ts";

let resources: ExtractionResources;
beforeAll(() => {
  resources = loadResources();
});

/** Extracts an article given as plain text (title on the first line). */
async function article(text: string): Promise<ExtractedDocument> {
  const path = "/tmp/article.txt";
  const source = await readDocument(new TextEncoder().encode(text), path);
  return extractDocument(source, { path, sha256: "0".repeat(64) }, resources);
}

const codes = (doc: ExtractedDocument): string[] => doc.authorities.map((a) => a.code);

describe("news about one authority's inspection", () => {
  test("a council's possessive makes it the subject, and 'rated good' the reported grade", async () => {
    const doc = await article(
      [
        "Ofsted praises leadership and stable homes for children in care",
        "Swindon Borough Council's children's services have been rated good following a two-week inspection by Ofsted.",
        "Inspectors said leaders understood the quality of practice well and that most children in care lived in stable homes.",
        "Neighbouring Wiltshire, which was rated outstanding at its last inspection, has shared its training programme with the council.",
        "The director of children's services said staff had worked hard for the result.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E06000030"]);
    expect(doc.inspection.judgement).toBe("good");
    // A graded inspection of an undated article, its framework unnamed: the one in force now.
    expect(doc.inspection.type).toBe("ilacs");
  });

  test("a possessive front door and a focused visit: news, the named authority, no grade", async () => {
    const doc = await article(
      [
        "Front door arrangements strengthened, inspectors find",
        "Surrey's front door has improved markedly since the last full inspection, according to a focused visit by Ofsted.",
        "Inspectors found that contacts were screened quickly in the multi-agency safeguarding hub and that thresholds were well understood.",
        "The council was rated requires improvement in 2022. Kent and Hampshire have received similar visits this year.",
        "Surrey's cabinet member for children welcomed the letter.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E10000030"]);
    expect(doc.inspection.type).toBe("focused-visit");
    expect(doc.inspection.judgement).toBeNull();
  });

  test("'moves out of inadequate' reports the new grade, not inadequate", async () => {
    const doc = await article(
      [
        "Children's services move out of inadequate",
        "Ofsted has rated Sandwell Children's Trust as requires improvement to be good, lifting services out of inadequate for the first time since 2015.",
        "Inspectors found that social workers knew their children well, although too many plans still lacked focus.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000028"]);
    expect(doc.inspection.judgement).toBe("requires improvement to be good");
  });

  test("a change of grade written 'from … to …' gives the new one", async () => {
    const doc = await article(
      [
        "Bradford improves",
        "Children's services in Bradford have moved from inadequate to requires improvement, inspectors said after an inspection of local authority children's services.",
      ].join("\n\n"),
    );
    expect(doc.inspection.type).toBe("ilacs");
    expect(doc.inspection.judgement).toBe("requires improvement to be good");
  });

  test("a quoted grade in the headline and 'X County Council' in the lead", async () => {
    const doc = await article(
      [
        "Children's services 'require improvement', says watchdog",
        "Inspectors have told Norfolk County Council that its services for children in need of help and protection are not yet good enough.",
        "The council was previously rated inadequate. Inspectors said Norfolk had made steady progress.",
      ].join("\n\n"),
    );
    expect(codes(doc)).toEqual(["E10000020"]);
    expect(doc.inspection.judgement).toBe("requires improvement to be good");
  });

  test("a grade in quotation marks after 'rated' and a SIF named by its framework", async () => {
    const doc = await article(
      [
        "Inspectors praise 'exceptional' leadership",
        "Leeds City Council has been rated 'outstanding' under the single inspection framework, becoming one of few authorities to reach the top grade.",
        "Bradford and Kirklees were rated inadequate in the same year.",
        "Leeds's director said the result belonged to its social workers.",
      ].join("\n\n"),
    );
    expect(codes(doc)).toEqual(["E08000035"]);
    expect(doc.inspection.type).toBe("sif");
    expect(doc.inspection.judgement).toBe("outstanding");
  });

  test("a monitoring visit is named and ungraded, even when an earlier grade is mentioned", async () => {
    const doc = await article(
      [
        "Progress seen on third monitoring visit",
        "Inspectors on a monitoring visit to children's services in Tameside found that managers now oversee plans for children in need more closely.",
        "The council was judged inadequate in 2022 and has had three monitoring visits since.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000008"]);
    expect(doc.inspection.type).toBe("monitoring-visit");
    expect(doc.inspection.judgement).toBeNull();
  });

  test("a joint targeted area inspection named by its abbreviation, about the place it was 'in'", async () => {
    const doc = await article(
      [
        "Mental health response 'not good enough' for too many children",
        "A JTAI of the multi-agency response to children's mental health in Bexley found that too many children waited too long for help.",
        "Inspectors from four inspectorates said partners in Bexley shared a commitment to children's emotional well-being.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E09000004"]);
    expect(doc.inspection.type).toBe("jtai");
    expect(doc.inspection.judgement).toBeNull();
  });
});

describe("headlines and leads written in other ways", () => {
  test("a grade reported in the lead outweighs the monitoring visits the article recalls", async () => {
    const doc = await article(
      [
        "Council rated good three years after inadequate judgement",
        "Inspectors have rated Tameside's children's services good, in a report published on Friday.",
        "Since it was judged inadequate in 2019, the council has had six monitoring visits and a new leadership team.",
      ].join("\n\n"),
    );
    expect(codes(doc)).toEqual(["E08000008"]);
    expect(doc.inspection.judgement).toBe("good");
    expect(doc.inspection.type).toBe("ilacs");
  });

  test("a monitoring visit the lead recalls ('two years after a monitoring visit found') is not the inspection reported", async () => {
    const doc = await article(
      [
        "Council's children's services rated 'good' after years of work",
        "Children's services at Rutland County Council have been rated good by Ofsted, two years after a monitoring visit found serious weaknesses.",
        "Inspectors said leaders had a clear understanding of the quality of social work practice.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E06000017"]);
    expect(doc.inspection.judgement).toBe("good");
    expect(doc.inspection.type).toBe("ilacs");
  });

  test("a quoted grade after 'Children's services in X' in the headline", async () => {
    const doc = await article(
      [
        "Children's services in Bradford 'inadequate', Ofsted finds",
        "Serious weaknesses mean that too many children are left in situations of risk for too long, inspectors have said.",
        "The report, published on Tuesday, follows an inspection in March.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000032"]);
    expect(doc.inspection.judgement).toBe("inadequate");
  });

  test("'children in care in X' names the subject of an article whose headline names none", async () => {
    const doc = await article(
      [
        "Inspectors find 'drift and delay' for children in care",
        "Children in care in Walsall are experiencing drift and delay, according to Ofsted's findings following a focused visit.",
        "The letter said managers did not always challenge plans.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000030"]);
    expect(doc.inspection.type).toBe("focused-visit");
  });

  test("an earlier grade in the same sentence as the move to the new one", async () => {
    const doc = await article(
      [
        "Two-grade leap for council",
        "Services for children in Doncaster, which were rated inadequate in 2015, have improved to good, Ofsted said.",
        "Inspectors praised the stability of the workforce.",
      ].join("\n\n"),
    );
    expect(codes(doc)).toEqual(["E08000017"]);
    expect(doc.inspection.judgement).toBe("good");
  });
});

describe("Ofsted's own news", () => {
  test("a press release about one authority's inspection is news, not a report", async () => {
    const doc = await article(
      [
        "Ofsted rates Rotherham's children's services good",
        "Ofsted rated Rotherham good overall after an inspection of local authority children's services in March.",
        "Inspectors found that children's needs were understood and that leaders had sustained improvement.",
        "Media enquiries: enquiries@ofsted.gov.uk",
      ].join("\n\n"),
    );
    expect(doc.publisher).toBe("Ofsted");
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000018"]);
    expect(doc.inspection.type).toBe("ilacs");
    expect(doc.inspection.judgement).toBe("good");
  });
});

describe("commentary: opinion and national overviews", () => {
  test("a speech given in a city is not about that city", async () => {
    const doc = await article(
      [
        "Chief inspector calls for a national workforce plan",
        "Speaking at a conference in Manchester, the chief inspector said that local authorities could not recruit their way out of the social worker shortage alone.",
        "She said that the number of children in care had risen in every region, and that councils rated good had also struggled with placements.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("commentary");
    expect(codes(doc)).toEqual([]);
  });

  test("an overview citing several authorities once each has no subject, grade or type", async () => {
    const doc = await article(
      [
        "What the best front doors have in common",
        "Across the country, local authorities are working to make the first contact with children's services quicker and safer.",
        "Croydon's duty social workers take calls at any hour; Leeds has put early help workers beside its screening team; Kent has simplified its referral form.",
        "None of this is easy, and the number of authorities rated inadequate has risen this year.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("commentary");
    expect(codes(doc)).toEqual([]);
    expect(doc.inspection.judgement).toBeNull();
  });
});

describe("round-ups and bodies that run several councils' services", () => {
  test("a round-up's councils listed as the subject of one verb are all its subjects, with the grade they share", async () => {
    const doc = await article(
      [
        "Top marks for three councils in Ofsted's autumn results",
        "Three local authorities have received Ofsted's highest grade for children's services this autumn.",
        "Bury, Wirral and Hackney were all judged outstanding, the inspectorate said on Tuesday.",
        "In Wirral, inspectors said care leavers were helped to find work. Elsewhere, Swindon improved from inadequate to requires improvement.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect([...codes(doc)].sort()).toEqual(["E08000002", "E08000015", "E09000012"]);
    expect(doc.inspection.judgement).toBe("outstanding");
  });

  test("two councils a lead sentence names together, not as the subject of the inspection, do not make two subjects", async () => {
    const doc = await article(
      [
        "Isle of Wight children's services rated good",
        "The partnership between the Isle of Wight Council and Hampshire County Council ended in January, and the island's services have now been rated good.",
        "Inspectors said that children on the Isle of Wight were helped quickly.",
      ].join("\n\n"),
    );
    expect(codes(doc)).toEqual(["E06000046"]);
  });

  test("a trust named for a former county gives both councils it serves, and 'judged to require improvement' the grade", async () => {
    const doc = await article(
      [
        "Trust makes progress, says watchdog",
        "Northamptonshire Children's Trust has been judged to require improvement to be good after its first full inspection since 2019.",
        "Inspectors found that most children were seen quickly, but that plans for care leavers were too generic.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect([...codes(doc)].sort()).toEqual(["E06000061", "E06000062"]);
    expect(doc.inspection.judgement).toBe("requires improvement to be good");
  });
});

describe("a newspaper's masthead", () => {
  test("a masthead naming its town is not the subject of the headline below it", async () => {
    const doc = await article(
      [
        "Liverpool Echo",
        "Children's services 'still require improvement', inspectors say",
        "Children's services in Sefton still require improvement to be good, Ofsted has found.",
        "Inspectors said that the council's front door was now timely but that plans for children in care were too often out of date.",
      ].join("\n\n"),
    );
    expect(doc.title).toBe("Children's services 'still require improvement', inspectors say");
    expect(codes(doc)).toEqual(["E08000014"]);
  });
});

describe("a news site's name above the headline", () => {
  test("a site's name in title case with 'News' inside it is the publisher, not the title", async () => {
    const doc = await article(["Granada News North West", "Bolton's children's services rated good", "Bolton Council's children's services have been rated good by Ofsted."].join("\n\n"));
    expect(doc.title).toBe("Bolton's children's services rated good");
    expect(doc.publisher).toBe("Granada News North West");
  });

  test("a headline that quotes 'Ofsted inspectors' does not make the page Ofsted's", async () => {
    const doc = await article(["Wirral Globe", "Ofsted inspectors' verdict on Wirral Council", "Wirral Council's children's services have been rated good by Ofsted."].join("\n\n"));
    expect(doc.publisher).toBe("Wirral Globe");
    expect(doc.kind).toBe("news");
  });
});

describe("a council's own newsroom", () => {
  test("a release that says only 'the council' is about the council its masthead names", async () => {
    const doc = await article(
      [
        "Stockport Council",
        "Ofsted recognises progress for care leavers",
        "Inspectors have found that the council's support for care leavers has improved since their last visit.",
        "Personal advisers were said to know the young people well, though some pathway plans were out of date.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual(["E08000007"]);
  });
});

describe("a news article's own voice after a formal list", () => {
  test("a reaction after the 'What needs to improve' list is background, the list's items areas for improvement", async () => {
    const doc = await article(
      [
        "Five things we learned from Halton's inspection",
        "Halton Borough Council's children's services have been rated good by Ofsted.",
        "What needs to improve",
        "- The timeliness of reviews of child protection plans.\n- The quality of supervision records in some teams.",
        "The council's cabinet member for children said she was delighted with the report.",
      ].join("\n\n"),
    );
    const label = (start: string) => doc.findings.find((f) => f.text.startsWith(start))?.polarity;
    expect(label("The timeliness of reviews")).toBe("improvement");
    expect(label("The council's cabinet member")).toBe("context");
  });
});

describe("a list of grades on a news page", () => {
  test("lines of 'Area: Grade' are a table, not a finding; a sentence holding a grade is a finding", async () => {
    const doc = await article(
      [
        "Wigan's children's services rated good",
        "Wigan Council's children's services have been rated good by Ofsted.",
        "Care leavers were judged good: most have a personal adviser they trust.",
        "Judgements in full\nImpact of leaders: Good\nExperiences and progress of children who need help and protection: Good\nExperiences and progress of children in care: Good\nOverall effectiveness: Good",
        "Inspectors also said that some plans for children in care were too vague.",
        "Related stories",
      ].join("\n\n"),
    );
    const texts = doc.findings.map((f) => f.text);
    expect(texts).toContain("Care leavers were judged good: most have a personal adviser they trust.");
    expect(texts.filter((t) => /: Good|: Requires/.test(t))).toEqual([]);
  });
});

describe("the subject named once in the lead, by what the sentence does with it", () => {
  test.each([
    ["Inspectors visiting Sandwell found that children were now seen quickly.", "E08000028"],
    ["Ofsted's report on Wokingham found that too many children waited for help.", "E06000041"],
    ["Torbay has been rated requires improvement to be good by Ofsted.", "E06000027"],
  ])("%s", async (lead, code) => {
    const doc = await article(["Council's children's services inspected", lead, "The report said managers oversee plans well."].join("\n\n"));
    expect(doc.kind).toBe("news");
    expect(codes(doc)).toEqual([code]);
  });

  test("an earlier inspection's verdict in a national piece makes no subject", async () => {
    const doc = await article(
      [
        "Councils under pressure",
        "Councils are struggling to recruit. Birmingham was rated inadequate last year, and Sandwell has had a trust since 2018.",
        "Directors say funding is the answer.",
      ].join("\n\n"),
    );
    expect(doc.kind).toBe("commentary");
    expect(codes(doc)).toEqual([]);
  });
});
