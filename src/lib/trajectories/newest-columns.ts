import type { AuthorityTrajectory } from "../../schemas/trajectory.ts";

/**
 * The columns of a trajectory table that show at most `newest` documents: the newest dated ones
 * (documents run oldest first, undated last), all of them when `newest` is not given or not
 * exceeded. Each column keeps its index into the trajectory's documents and theme cells.
 */
export function newestColumns(documents: AuthorityTrajectory["documents"], newest?: number): { document: AuthorityTrajectory["documents"][number]; index: number }[] {
  const all = documents.map((document, index) => ({ document, index }));
  const dated = all.filter((column) => column.document.date !== null);
  if (newest === undefined || dated.length <= newest) return all;
  return dated.slice(-newest);
}
