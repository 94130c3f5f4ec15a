import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";
import { authorityBySlugLoose } from "../../scripts/authorities/lookup.ts";

const authorities = loadAuthorities();
const MANIFEST = "/work/shared/corpus/ofsted/manifest.csv";
const LOOKUP = "/work/shared/reference/la_lookup.csv";
const hasShared = existsSync(MANIFEST) && existsSync(LOOKUP);

describe("looking authorities up by a loose slug", () => {
  test.each([
    ["bournemouth-christchurch-poole", "E06000058"],
    ["bournemouth, christchurch & poole", "E06000058"],
    ["barking-and-dagenham", "E09000002"],
    ["windsor & maidenhead", "E06000040"],
    ["bristol", "E06000023"],
    ["city-of-bristol", "E06000023"],
    ["kingston-upon-hull", "E06000010"],
    ["london corporation", "E09000001"],
    ["county-durham", "E06000047"],
    ["st-helens", "E08000013"],
    ["Herefordshire", "E06000019"],
    ["wigan-metropolitan-borough", "E08000010"],
  ])("maps %j to %s", (slug, code) => {
    expect(authorityBySlugLoose(authorities, slug)?.code).toBe(code);
  });

  test.each(["london", "northamptonshire", "cumbria", "yorkshire", ""])("maps %j to nothing", (slug) => {
    expect(authorityBySlugLoose(authorities, slug)).toBeUndefined();
  });
});

describe.skipIf(!hasShared)(`mapping the Ofsted manifest's authorities (skipped: ${MANIFEST} absent)`, () => {
  const manifest: Record<string, string>[] = hasShared ? parse(readFileSync(MANIFEST, "utf8"), { columns: true, trim: true }) : [];
  const lookup: Record<string, string>[] = hasShared ? parse(readFileSync(LOOKUP, "utf8"), { columns: true, trim: true }) : [];
  const codeByUrn = new Map(lookup.map((row) => [row["urn"], row["la_code_new"]]));
  const pairs = new Map<string, string | undefined>();
  for (const row of manifest) {
    const urnCode = codeByUrn.get(row["ofsted_urn"]);
    pairs.set(row["authority"] ?? "", urnCode);
    pairs.set((row["file"] ?? "").split("/")[0] ?? "", urnCode);
  }

  test("maps every manifest authority and folder slug to the authority its Ofsted URN names", () => {
    const wrong = [...pairs].filter(([slug, code]) => authorityBySlugLoose(authorities, slug)?.code !== code || code === undefined);
    expect(wrong).toEqual([]);
    expect(pairs.size).toBeGreaterThan(100);
  });
});
