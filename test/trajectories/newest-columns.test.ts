import { describe, expect, test } from "vitest";
import { newestColumns } from "../../src/lib/trajectories/newest-columns.ts";
import type { AuthorityTrajectory } from "../../src/schemas/trajectory.ts";

const doc = (documentId: string, date: string | null): AuthorityTrajectory["documents"][number] => ({
  documentId,
  title: documentId,
  kind: "inspection-report",
  date,
  dateImplied: false,
  inspectionType: null,
});

describe("newestColumns", () => {
  // Oldest first, undated last, as trajectories list them.
  const documents = [doc("a", "2015-01-01"), doc("b", "2018-01-01"), doc("c", "2021-01-01"), doc("d", "2024-01-01"), doc("u", null)];

  test("keeps the newest dated documents, with their indexes into the cells, and leaves the rest out", () => {
    expect(newestColumns(documents, 2).map((c) => [c.document.documentId, c.index])).toEqual([["c", 2], ["d", 3]]);
  });

  test("keeps everything, undated ones included, when the limit is not exceeded or not given", () => {
    expect(newestColumns(documents, 4).map((c) => c.document.documentId)).toEqual(["a", "b", "c", "d", "u"]);
    expect(newestColumns(documents).map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    expect(newestColumns([], 3)).toEqual([]);
  });
});
