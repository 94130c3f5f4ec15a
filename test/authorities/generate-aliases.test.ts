import { describe, expect, test } from "vitest";
import { generateAliases } from "../../scripts/authorities/generate-aliases.ts";
import { fixConnectorCase, parseAlsoKnownAs, uninvertName } from "../../scripts/authorities/name-forms.ts";

describe("generating aliases", () => {
  test.each([
    ["E06000023", "Bristol, City of", ["Bristol", "City of Bristol", "Bristol City Council"]],
    ["E06000019", "Herefordshire, County of", ["Herefordshire", "County of Herefordshire", "Herefordshire Council"]],
    ["E10000016", "Kent", ["Kent Council", "Kent County Council"]],
    ["E09000006", "Bromley", ["London Borough of Bromley", "Bromley Council"]],
    ["E09000011", "Greenwich", ["Royal Borough of Greenwich"]],
    ["E06000040", "Windsor and Maidenhead", ["Royal Borough of Windsor and Maidenhead", "Windsor & Maidenhead", "RBWM"]],
    ["E08000010", "Wigan", ["Wigan Metropolitan Borough Council", "Wigan Council"]],
    ["E08000019", "Sheffield", ["Sheffield City Council"]],
    ["E06000038", "Reading", ["Reading Borough Council"]],
    ["E06000020", "Telford and Wrekin", ["Telford & Wrekin", "Telford"]],
  ])("gives %s (%s) the aliases documents use", (code, name, expected) => {
    const aliases = generateAliases({ code, name, otherNames: [], alsoKnownAs: "" });
    expect(aliases[0]).toBe(name);
    expect(aliases).toEqual(expect.arrayContaining(expected));
  });

  test("does not call a county a borough nor a London borough a county", () => {
    expect(generateAliases({ code: "E10000016", name: "Kent", otherNames: [], alsoKnownAs: "" })).not.toContain("Kent Borough Council");
    expect(generateAliases({ code: "E09000006", name: "Bromley", otherNames: [], alsoKnownAs: "" })).not.toContain("Bromley County Council");
    expect(generateAliases({ code: "E06000019", name: "Herefordshire", otherNames: [], alsoKnownAs: "" })).not.toContain("Herefordshire Borough Council");
  });

  test("keeps single-word spellings that differ only in case, drops such names of several words", () => {
    const aliases = generateAliases({ code: "E06000022", name: "Bath and North East Somerset", otherNames: ["Bath and north east Somerset"], alsoKnownAs: "" });
    expect(aliases).toEqual(expect.arrayContaining(["BANES", "BaNES"]));
    expect(aliases.filter((alias) => alias.toLowerCase() === "bath and north east somerset")).toHaveLength(1);
  });
});

describe("rewriting ONS names", () => {
  test("turns an inverted name the right way round", () => {
    expect(uninvertName("Kingston upon Hull, City of")).toEqual(["Kingston upon Hull", "City of Kingston upon Hull"]);
    expect(uninvertName("Bournemouth, Christchurch and Poole")).toEqual(["Bournemouth, Christchurch and Poole"]);
  });

  test("lower-cases connecting words a source capitalised", () => {
    expect(fixConnectorCase("Kingston Upon Hull, City Of")).toBe("Kingston upon Hull, City of");
    expect(fixConnectorCase("Upon Tyne")).toBe("Upon Tyne");
  });

  test("rejoins an also-known-as item that itself contains commas", () => {
    const same = (a: string, b: string): boolean => a.replace(/&/g, "and") === b.replace(/&/g, "and");
    expect(parseAlsoKnownAs("[BCP, Bournemouth, Christchurch & Poole]", ["Bournemouth, Christchurch and Poole"], same)).toEqual([
      "BCP",
      "Bournemouth, Christchurch & Poole",
    ]);
    expect(parseAlsoKnownAs("[Kingston Upon Hull, Hull]", ["Kingston upon Hull"], same)).toEqual(["Kingston Upon Hull", "Hull"]);
  });
});
