import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { findLeaks, leakIn } from "../../scripts/eval/detect-leaks.ts";
import { loadGold } from "../../scripts/eval/load-gold.ts";

// Leak strings as the gold files give them for the Children First news pages.
const leaks = [
  "Make an Enquiry",
  "Contact Us",
  "Delivering a diverse, reliable range of services to children and their families across the UK",
  "Keep abreast of the latest news in the children's services sector.",
  "Ofsted",
];

describe("leak detection", () => {
  test.each([
    ["a prediction equal to a leak string, case folded", "Contact us", "Contact Us"],
    ["a one-word leak matched whole", "Ofsted", "Ofsted"],
    [
      "a prediction that contains a leak of four words or more",
      "Tel: 01206 878178Contact Us Delivering a diverse, reliable range of services to children and their families across the UK",
      "Delivering a diverse, reliable range of services to children and their families across the UK",
    ],
    [
      "a leak glued to the article's last sentence",
      "Inspectors found that caseloads are manageable. Keep abreast of the latest news in the children\u2019s services sector.",
      "Keep abreast of the latest news in the children's services sector.",
    ],
  ])("flags %s", (_name, text, leak) => {
    expect(leakIn(text, leaks)).toBe(leak);
  });

  test.each([
    ["a finding that merely contains a three-word leak", "Parents told inspectors they could make an enquiry by telephone at any time of day."],
    ["a finding that names Ofsted among other words", "Ofsted last inspected Kent county council children's services in 2017."],
    ["a leak of four words or more broken up by other words", "Delivering a diverse and reliable range of help to children"],
  ])("does not flag %s", (_name, text) => {
    expect(leakIn(text, leaks)).toBeNull();
  });

  test("lists the leaking predictions with their index and the leak they hit", () => {
    expect(findLeaks(["Most children receive a timely response.", "Make an enquiry"], leaks)).toEqual([
      { predicted: 1, text: "Make an enquiry", leak: "Make an Enquiry" },
    ]);
  });
});

const sharedDir = resolve(process.env["SHARED_DIR"] ?? "../shared");
const goldFile = resolve(sharedDir, "gold/seeds.jsonl");

describe.skipIf(!existsSync(goldFile))(`the gold seeds (needs ${goldFile})`, () => {
  test("no gold finding counts as a leak of its own document, so a perfect extraction has zero leaks", async () => {
    const golds = await loadGold(goldFile, sharedDir);
    const hits = golds.flatMap((g) => findLeaks(g.findings.map((f) => f.text), g.leaks));
    expect(hits).toEqual([]);
  });
});
