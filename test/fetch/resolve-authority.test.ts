import { describe, expect, test } from "vitest";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";
import { corpusPath, providerSlug } from "../../scripts/fetch/corpus-path.ts";
import { createAuthorityResolver } from "../../scripts/fetch/resolve-authority.ts";

const resolve = createAuthorityResolver(loadAuthorities());

describe("createAuthorityResolver", () => {
  test.each([
    ["Norfolk County Council", "E10000020"],
    ["Bournemouth, Christchurch and Poole", "E06000058"],
    ["London Borough of Barking and Dagenham", "E09000002"],
    ["Kingston upon Hull City Council", "E06000010"],
    ["Bristol City Council", "E06000023"],
    ["Royal Borough of Kensington and Chelsea", "E09000020"],
    ["North Northamptonshire Council", "E06000061"],
    ["Herefordshire Council", "E06000019"],
  ])("the provider %j is %s", (name, code) => expect(resolve(name)?.code).toBe(code));

  test.each(["Northamptonshire County Council", "Ofsted", "Cumbria County Council"])("%j, abolished or no authority, resolves to none", (name) => {
    expect(resolve(name)).toBeNull();
  });
});

describe("corpus paths", () => {
  test("a publication's path is its authority's folder, date, type and file id", () => {
    expect(corpusPath("kent", "2022-03-10", "jtai", "2001")).toBe("kent/2022-03-10-jtai-2001.pdf");
  });

  test("a provider without an authority gets a folder from its name", () => {
    expect(providerSlug("Northamptonshire County Council")).toBe("northamptonshire-county-council");
    expect(providerSlug("Brighton & Hove")).toBe("brighton-hove");
    expect(providerSlug("St. Helen's")).toBe("st-helens");
  });
});
