import { describe, expect, test } from "vitest";
import { aliasKey } from "../../scripts/authorities/alias-key.ts";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";

const authorities = loadAuthorities();

describe("content/authorities/authorities.json", () => {
  test("lists the 153 English authorities with children's services", () => {
    expect(authorities).toHaveLength(153);
  });

  test("gives every authority a current ONS code, used once", () => {
    for (const authority of authorities) expect(authority.code).toMatch(/^E(06|08|09|10)\d{6}$/);
    expect(new Set(authorities.map((authority) => authority.code)).size).toBe(153);
  });

  test("gives every authority its own slug and DfE number", () => {
    expect(new Set(authorities.map((authority) => authority.slug)).size).toBe(153);
    expect(new Set(authorities.map((authority) => authority.dfeCode)).size).toBe(153);
  });

  test("names only current authorities as statistical neighbours, never the authority itself", () => {
    const codes = new Set(authorities.map((authority) => authority.code));
    for (const authority of authorities) {
      const unknown = authority.statisticalNeighbours.filter((code) => !codes.has(code));
      expect(unknown, authority.name).toEqual([]);
      expect(authority.statisticalNeighbours, authority.name).not.toContain(authority.code);
    }
  });

  test("never gives two authorities the same alias, however it is spelt", () => {
    const owners = new Map<string, string>();
    for (const authority of authorities) {
      for (const alias of authority.aliases) {
        const owner = owners.get(aliasKey(alias)) ?? authority.name;
        expect(owner, `alias "${alias}"`).toBe(authority.name);
        owners.set(aliasKey(alias), authority.name);
      }
    }
  });

  test("lists each authority's own name first among its aliases", () => {
    for (const authority of authorities) expect(authority.aliases[0]).toBe(authority.name);
  });

  test("is sorted by name", () => {
    const names = authorities.map((authority) => authority.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  test.each([
    ["E10000016", "Kent", "kent", ["Kent County Council"]],
    ["E06000023", "Bristol, City of", "bristol", ["Bristol", "City of Bristol", "Bristol City Council"]],
    ["E06000010", "Kingston upon Hull", "kingston-upon-hull", ["Hull", "Hull City Council"]],
    ["E06000047", "County Durham", "county-durham", ["Durham", "Durham County Council"]],
    ["E09000020", "Kensington and Chelsea", "kensington-and-chelsea", ["RBKC", "Royal Borough of Kensington and Chelsea"]],
    ["E06000058", "Bournemouth, Christchurch and Poole", "bournemouth-christchurch-and-poole", ["BCP", "Bournemouth, Christchurch & Poole"]],
    ["E08000013", "St. Helens", "st-helens", ["St Helens", "St Helens".replace(" ", ". ")]],
    ["E09000002", "Barking and Dagenham", "barking-and-dagenham", ["LBBD", "London Borough of Barking and Dagenham"]],
    ["E08000036", "Wakefield", "wakefield", ["Wakefield Council"]],
  ])("describes %s as %s (%s) with its common aliases", (code, name, slug, aliases) => {
    const authority = authorities.find((candidate) => candidate.code === code);
    expect(authority).toMatchObject({ name, slug });
    expect(authority?.aliases).toEqual(expect.arrayContaining(aliases));
  });

  test("types unitary authorities by their E06 code even where the lookup still says County", () => {
    const northYorkshire = authorities.find((authority) => authority.name === "North Yorkshire");
    expect(northYorkshire?.type).toBe("Unitary Authority");
  });
});
