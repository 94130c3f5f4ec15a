import { describe, expect, test } from "vitest";
import { countMentions } from "../../scripts/authorities/count-mentions.ts";
import { aliasKey } from "../../scripts/authorities/alias-key.ts";
import { aliasEndingPatternSource, aliasPatternSource } from "../../scripts/authorities/alias-pattern.ts";
import { NOT_AUTHORITIES } from "../../scripts/authorities/alias-tables.ts";
import { createAuthorityMatcher, wholeWordMatches } from "../../scripts/authorities/find-authorities.ts";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";

const matcher = createAuthorityMatcher(loadAuthorities());

/** The mentions as [name, matched text] pairs, which is what the table states. */
function found(text: string): [string, string][] {
  return matcher.find(text).map((mention) => [mention.name, text.slice(mention.start, mention.end)]);
}

describe("finding authority mentions", () => {
  test.each<[string, [string, string][]]>([
    ["Kent County Council said", [["Kent", "Kent County Council"]]],
    ["inspected Kent county council children's services", [["Kent", "Kent county council"]]],
    ["RBKC has", [["Kensington and Chelsea", "RBKC"]]],
    ["the Royal Borough of Kensington and Chelsea", [["Kensington and Chelsea", "Royal Borough of Kensington and Chelsea"]]],
    ["Kensington and Chelsea's front door", [["Kensington and Chelsea", "Kensington and Chelsea"]]],
    ["Kensington & Chelsea", [["Kensington and Chelsea", "Kensington & Chelsea"]]],
    ["BCP was inspected", [["Bournemouth, Christchurch and Poole", "BCP"]]],
    ["Bournemouth, Christchurch and Poole", [["Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch and Poole"]]],
    ["Croydon's front door service", [["Croydon", "Croydon"]]],
    ["Wakefield Council's", [["Wakefield", "Wakefield Council"]]],
    ["Central Bedfordshire", [["Central Bedfordshire", "Central Bedfordshire"]]],
    ["North Yorkshire", [["North Yorkshire", "North Yorkshire"]]],
    ["East Riding of Yorkshire", [["East Riding of Yorkshire", "East Riding of Yorkshire"]]],
    ["West Northamptonshire", [["West Northamptonshire", "West Northamptonshire"]]],
    ["Kingston upon Thames and Kingston upon Hull", [["Kingston upon Thames", "Kingston upon Thames"], ["Kingston upon Hull", "Kingston upon Hull"]]],
    ["Durham County Council", [["County Durham", "Durham County Council"]]],
    ["in County Durham", [["County Durham", "County Durham"]]],
    ["The City of London Corporation", [["City of London", "City of London Corporation"]]],
    ["Hull City Council", [["Kingston upon Hull", "Hull City Council"]]],
    ["St Helens and St. Helens", [["St. Helens", "St Helens"], ["St. Helens", "St. Helens"]]],
    ["Telford & Wrekin", [["Telford and Wrekin", "Telford & Wrekin"]]],
    ["Southend on Sea", [["Southend-on-Sea", "Southend on Sea"]]],
    ["B&NES and BaNES", [["Bath and North East Somerset", "B&NES"], ["Bath and North East Somerset", "BaNES"]]],
    ["Kent County\nCouncil", [["Kent", "Kent County\nCouncil"]]],
    ["Colchester, Essex CO4 3ZL", [["Essex", "Essex"]]],
    ["a Kent-wide service", [["Kent", "Kent"]]],
    ["In Reading, the front door", [["Reading", "Reading"]]],
    ["Reading's front door", [["Reading", "Reading"]]],
    ["Reading Borough Council", [["Reading", "Reading Borough Council"]]],
    ["Bury has improved. Hull and Stoke have not.", [["Bury", "Bury"], ["Kingston upon Hull", "Hull"], ["Stoke-on-Trent", "Stoke"]]],
    ["Reading\nBorough Council", [["Reading", "Reading\nBorough Council"]]],
    ["KENT COUNTY COUNCIL", [["Kent", "KENT COUNTY COUNCIL"]]],
    ["Isle of Wight", [["Isle of Wight", "Isle of Wight"]]],
  ])("finds %j", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test.each([
    "at the London borough",
    "London",
    "reading the case files",
    "Reading the case files, inspectors found",
    "They were reading. Reading the files, we saw",
    "the bury the hatchet approach",
    "the wirral peninsula's coast",
    "Kentish",
    "Greater Manchester Police",
    "Sutton Coldfield",
    "Bury St Edmunds",
    "Stoke Newington",
    "Newcastle-under-Lyme",
    "New York",
    "Northamptonshire",
    "Cumbria",
  ])("finds nothing in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  // Known misses, kept visible rather than tuned away.
  test.todo("does not take the North Yorkshire town in \"Richmond, North Yorkshire\" for Richmond upon Thames");
  test.todo("finds \"Reading\" alone as a heading line (dropped as a sentence-initial word)");

  test("reports offsets into the text, the name and the alias used", () => {
    const text = "Ofsted visited Hull City Council and then RBKC.";
    expect(matcher.find(text)).toEqual([
      { code: "E06000010", name: "Kingston upon Hull", alias: "Hull City Council", start: 15, end: 32 },
      { code: "E09000020", name: "Kensington and Chelsea", alias: "RBKC", start: 42, end: 46 },
    ]);
  });

  test("names every authority a shared name serves, at the same place, and a trust by its own name", () => {
    const text = "Together for Children and Northamptonshire Children's Trust were inspected.";
    expect(matcher.find(text).map((m) => [m.name, m.start])).toEqual([
      ["Sunderland", 0],
      ["North Northamptonshire", 26],
      ["West Northamptonshire", 26],
    ]);
  });

  test("counts mentions per authority", () => {
    const counts = countMentions(matcher.find("Kent, Croydon and Kent County Council"));
    expect([...counts]).toEqual([["E10000016", 2], ["E09000008", 1]]);
  });

  test("scans a megabyte of text in well under a second", () => {
    const paragraph = "Most children in Kent receive a timely response; in Croydon and Wakefield the front door works well. ";
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = performance.now();
    const mentions = matcher.find(text);
    expect(mentions.length).toBe(3 * Math.ceil(1_000_000 / paragraph.length));
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("finds the matches the whole-word pattern with its look-behind finds, after letters, digits and surrogate pairs too", () => {
    const authorities = loadAuthorities();
    const keys = new Set<string>([...NOT_AUTHORITIES.map(aliasKey), ...authorities.flatMap((a) => a.aliases.map(aliasKey))]);
    const reference = new RegExp(aliasPatternSource(keys), "giu");
    const ending = new RegExp(aliasEndingPatternSource(keys), "giu");
    const texts = [
      "xKent and Kent, 2Croydon and (Croydon), WakefieldWakefield Wakefield",
      "North Yorkshire, NorthNorth Yorkshire and éNorth Yorkshire, North North Yorkshire",
      "\u{1D400}Kent \u{1F600}Kent \uD835Kent \uDC00Kent Kent\u{1D400} \u{1D400}\u{1D400}Kent",
      "Solihull, xSolihull, Hull, xHull, Kingston upon Hull and Kingston upon Thames, Hull-Kent",
      authorities.map((a) => `${a.aliases[0]} 1${a.aliases[0]} y${a.aliases.at(-1)}z ${a.aliases.at(-1)}`).join(". "),
    ];
    let matched = 0;
    for (const text of texts) {
      const expected = [...text.matchAll(reference)].map((m) => [m.index, m[0]]);
      expect(wholeWordMatches(ending, text).map((m) => [m.index, m[0]])).toEqual(expected);
      matched += expected.length;
    }
    expect(matched).toBeGreaterThan(authorities.length);
  });
});
