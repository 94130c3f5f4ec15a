/**
 * A bounded fuzz run (300 inputs; `node scripts/reliability/fuzz.ts --count N` runs thousands):
 * every mutated input is refused with a clean ReaderError or gives a schema-valid document whose
 * offsets lie in its text, and none takes more than 5 seconds.
 */
import { describe, expect, test } from "vitest";
import { makeInput, runFuzz } from "../../scripts/reliability/fuzz.ts";
import { MUTATIONS, seededRandom } from "../../scripts/reliability/mutate-text.ts";

describe("the fuzz inputs", () => {
  test("are the same for the same seed, so a failure can be replayed alone", () => {
    const seeds = ["Inspectors found that most children are seen promptly.\n\nLeaders should act."];
    expect(makeInput(42, seeds)).toEqual(makeInput(42, seeds));
    expect(makeInput(42, seeds).bytes).not.toEqual(makeInput(43, seeds).bytes);
  });

  test("draw on every mutation", () => {
    const random = seededRandom(7);
    const text = "Line one.\n\nLine two.\n";
    for (const mutation of MUTATIONS) expect(mutation.apply(text, random), mutation.name).toBeDefined();
  });
});

describe("300 mutated inputs through the extractor", () => {
  test("crash nothing, hang nothing and keep the contract", async () => {
    const report = await runFuzz({ count: 300, seed: 1, budgetMs: 5000, hangMs: 20_000 });
    const failures = report.failures.map((f) => `seed ${f.seed} [${f.mutations.join(", ")}] ${f.path}: ${f.failure?.split("\n")[0]}`);
    expect(report.inputs).toBe(300);
    expect(report.documents).toBeGreaterThan(150);
    expect(failures).toEqual([]);
  }, 170_000);
});
