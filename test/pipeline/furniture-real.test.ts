import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { findLeaks } from "../../scripts/eval/detect-leaks.ts";
import { letterFurnitureKind } from "../../scripts/eval/letter-furniture-kind.ts";
import { matchFindings } from "../../scripts/eval/match-findings.ts";
import { readManifest, sampleRows } from "../../scripts/eval/read-manifest.ts";
import { loadResources } from "../../scripts/extract/load-resources.ts";
import { extractDocument } from "../../scripts/pipeline/extract-document.ts";
import { readDocument } from "../../scripts/readers/index.ts";

const SHARED = resolve("../shared");
const GOLD = resolve(SHARED, "gold/reports-dev.jsonl");
const LETTERS = resolve(SHARED, "corpus/letters/manifest.csv");
const resources = existsSync(GOLD) ? loadResources() : null;

async function findingTexts(path: string): Promise<string[]> {
  const bytes = readFileSync(path);
  const source = await readDocument(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), path);
  return extractDocument(source, { path, sha256: "0".repeat(64) }, resources!).findings.map((f) => f.text);
}

interface GoldLine {
  doc: string;
  findings: { text: string }[];
  leaks: string[];
}

// Every sixth report of the development gold: pre-SIF, SIF and ILACS reports of 2013–2024.
const goldSample: GoldLine[] = existsSync(GOLD)
  ? readFileSync(GOLD, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as GoldLine)
      .filter((_, i) => i % 6 === 0)
  : [];

describe.skipIf(goldSample.length === 0)(`real reports keep their findings and lose their template text (skipped: ${GOLD} is absent)`, () => {
  test.each(goldSample.map((g) => [g.doc.split("/").slice(-2).join("/"), g] as const))(
    "%s: no gold leak is a finding, and the gold findings are still found",
    async (_name, gold) => {
      const texts = await findingTexts(resolve(SHARED, "..", gold.doc));
      expect(findLeaks(texts, gold.leaks).map((l) => l.text)).toEqual([]);
      const match = matchFindings(
        gold.findings.map((f) => f.text),
        texts,
      );
      expect(match.pairs.length / gold.findings.length).toBeGreaterThanOrEqual(0.95);
      const template = /you may (?:copy|reuse)|regulates and inspects to achieve excellence|given the opportunity to review this section|email alerts|^\(recommendation/i;
      expect(texts.filter((t) => template.test(t))).toEqual([]);
    },
    60_000,
  );
});

describe.skipIf(!existsSync(LETTERS))(`real letters give no letter furniture as findings (skipped: ${LETTERS} is absent)`, async () => {
  const rows = existsSync(LETTERS) ? sampleRows(await readManifest(LETTERS), 8) : [];
  test.each(rows.map((r) => [r.file, r.path] as const))(
    "%s: no salutation, sign-off, address, date or signatory among its findings",
    async (_file, path) => {
      const texts = await findingTexts(path);
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((t) => letterFurnitureKind(t) !== null)).toEqual([]);
    },
    60_000,
  );
});

describe("the letter-furniture check itself", () => {
  test.each([
    ["Dear Ms Hammond", "salutation"],
    ["Yours sincerely", "sign-off"],
    ["Tara Geere Her Majesty’s Inspector", "name"],
    ["Ofsted Piccadilly Gate | T 0300 123 1231", "address"],
    ["Mr Chris Munday Executive Director, Children’s and Family Services London Borough of Barnet 2 Bristol Avenue, Colindale NW9 4EW", "address"],
    ["2 August 2021", "date"],
    ["Ms Carmel Littleton Director of Children’s Services London Borough of Islington.", "name"],
    ["Focused visit to London Borough of Hackney local authority children’s services.", "subject-line"],
    ["cc: Department for Education", "copy-to"],
    ["I am copying this letter to the Department for Education.", "closing"],
    ["This letter will be published on the Ofsted website.", "closing"],
  ] as const)("%s is %s", (text, kind) => expect(letterFurnitureKind(text)).toBe(kind));

  test.each([
    "Inspectors found that children are seen regularly by their social workers.",
    "The director of children’s services should send the written statement of action to ProtectionOfChildren@ofsted.gov.uk by 9 May 2024.",
    "Kendra Bell, Her Majesty’s Inspector (Designate), shadowed the visit.",
    "Since 2 August 2021, leaders have strengthened the front door.",
    "Mr Smith, the director of children’s services, has strengthened the front door.",
    "Focused visit findings have been shared with the Department for Education.",
    "Ofsted will take the findings from this focused visit into account when planning your next inspection or visit.",
  ])("%s is a sentence, not furniture", (text) => expect(letterFurnitureKind(text)).toBeNull());
});
