import { describe, expect, test } from "vitest";
import { followedUp, mixedEven, percent, raisedAgain, rankThemes } from "../../src/lib/trajectories/rank-outcomes.ts";
import type { ThemeOutcomes } from "../../src/schemas/trajectory.ts";

/** Counts for a theme: resolved, recurring, mixed (of which mostly strengths / mostly raised), not revisited. */
function theme(id: string, resolved: number, recurring: number, mixed: number, mostlyStrengths = 0, mostlyRaised = 0): ThemeOutcomes {
  return {
    theme: id,
    raised: resolved + recurring + mixed + 3,
    resolved,
    recurring,
    mixed,
    mixedMostlyStrengths: mostlyStrengths,
    mixedMostlyRaised: mostlyRaised,
    notRevisited: 3,
    noTheme: 0,
    undated: 0,
    noLaterDocument: 3,
  };
}

describe("outcome figures", () => {
  const t = theme("mash", 10, 5, 25, 15, 4);

  test("count what a later document followed up, what was raised again and the even mixes", () => {
    expect([followedUp(t), raisedAgain(t), mixedEven(t)]).toEqual([40, 9, 6]);
  });

  test("give whole per cents, and a dash when there is nothing to divide by", () => {
    expect([percent(1, 3), percent(2, 3), percent(0, 0)]).toEqual(["33%", "67%", "–"]);
  });
});

describe("rankThemes", () => {
  const themes = [theme("a", 10, 10, 0), theme("b", 30, 0, 0), theme("c", 1, 0, 5), theme("d", 5, 15, 0), theme("e", 0, 0, 30)];

  test("ranks by share of followed-up findings, leaving out rarely followed themes and themes without any", () => {
    expect(rankThemes(themes, (c) => c.resolved).map((x) => x.theme)).toEqual(["b", "a", "d"]);
    expect(rankThemes(themes, raisedAgain).map((x) => x.theme)).toEqual(["d", "a"]);
  });

  test("keeps at most `limit` themes", () => {
    expect(rankThemes(themes, (c) => c.resolved, 20, 1).map((x) => x.theme)).toEqual(["b"]);
  });
});
