import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { listInputs } from "../../scripts/extract/list-inputs.ts";

describe("listInputs", () => {
  const dir = mkdtempSync(join(tmpdir(), "inputs-"));
  mkdirSync(join(dir, "kent"));
  for (const name of ["README.md", "LICENCE.txt", "kent/2019-letter.txt", "readme-not-a-note.txt", ".hidden.txt"]) writeFileSync(join(dir, name), "Text.");

  test("lists a folder's documents and says why its README and licence are not read", () => {
    const entries = listInputs([dir]);
    const byName = new Map(entries.map((e) => [e.path.slice(dir.length + 1), e]));
    expect([...byName.keys()]).toEqual(["LICENCE.txt", "README.md", "kent/2019-letter.txt", "readme-not-a-note.txt"]);
    expect(byName.get("README.md")).toMatchObject({ error: expect.stringMatching(/README or licence/) });
    expect(byName.get("LICENCE.txt")).toHaveProperty("error");
    expect(byName.get("kent/2019-letter.txt")).not.toHaveProperty("error");
    expect(byName.get("readme-not-a-note.txt")).not.toHaveProperty("error");
  });

  test("reads a README named on the command line", () => {
    expect(listInputs([join(dir, "README.md")])[0]).not.toHaveProperty("error");
  });
});
