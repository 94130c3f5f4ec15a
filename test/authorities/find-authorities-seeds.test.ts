import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { countMentions } from "../../scripts/authorities/count-mentions.ts";
import { createAuthorityMatcher } from "../../scripts/authorities/find-authorities.ts";
import { loadAuthorities } from "../../scripts/authorities/load-authorities.ts";

const authorities = loadAuthorities();
const matcher = createAuthorityMatcher(authorities);
const reports = new URL("../../content/reports/", import.meta.url);

/** Names of the authorities a seed mentions, most mentioned first. */
function mentionedNames(file: string): string[] {
  const counts = countMentions(matcher.find(readFileSync(fileURLToPath(new URL(file, reports)), "utf8")));
  const byCode = new Map(authorities.map((authority) => [authority.code, authority.name]));
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => byCode.get(code) ?? code);
}

describe("finding authorities in the seed documents", () => {
  test.each([
    ["2024-02-27-kent-focused-visit-letter.txt", "Kent"],
    ["2019-kent-focused-visit-news.txt", "Kent"],
    ["kensington-and-chelsea-focused-visit-news.txt", "Kensington and Chelsea"],
    ["northumberland-focused-visit-news.txt", "Northumberland"],
  ])("finds %s is mostly about %s", (file, subject) => {
    expect(mentionedNames(file)[0]).toBe(subject);
  });

  test("finds the commentary cites Croydon and Wakefield", () => {
    expect(mentionedNames("2017-03-28-front-door-commentary-cypnow.txt").sort()).toEqual(["Croydon", "Wakefield"]);
  });

  test("finds Ofsted's Manchester address in the letter, which callers strip as boilerplate", () => {
    expect(mentionedNames("2024-02-27-kent-focused-visit-letter.txt")).toContain("Manchester");
  });
});
