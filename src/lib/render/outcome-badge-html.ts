import { OUTCOME_LABEL, type FindingOutcome } from "../../schemas/trajectory.ts";
import { formatDate } from "../labels.ts";
import { documentUrl, findingUrl } from "../urls.ts";
import { escapeHtml } from "./escape-html.ts";

/** Options of one outcome badge. */
export interface OutcomeBadgeOptions {
  /** Name of the followed authority, shown when a finding is about several. */
  authorityName?: string | undefined;
  /** Leave out the link to the deciding finding (e.g. where the page already shows it). */
  noLink?: boolean | undefined;
}

/**
 * What happened next to a raised finding, in words, as phrasing HTML: the outcome as a text tag, the
 * reason ("raised again in 2024: 2 areas to improve on …") and a link to the finding that decided it
 * (a strength for resolved, a raised finding otherwise). Styles: .outcome* in global.css.
 */
export function outcomeBadgeHtml(outcome: FindingOutcome, options: OutcomeBadgeOptions = {}): string {
  const decided = outcome.decidedBy;
  const example = decided
    ? outcome.outcome === "resolved"
      ? decided.examples.strength[0]
      : (decided.examples.improvement[0] ?? decided.examples.recommendation[0] ?? decided.examples.strength[0])
    : undefined;
  const who = options.authorityName ? `<span>${escapeHtml(options.authorityName)}: </span>` : "";
  const link =
    !options.noLink && decided
      ? ` <a href="${escapeHtml(example ? findingUrl(decided.documentId, example) : documentUrl(decided.documentId))}">see the ${escapeHtml(formatDate(decided.date))} finding</a>`
      : "";
  return (
    `<span class="outcome">${who}<span class="outcome__tag outcome__tag--${outcome.outcome}">${escapeHtml(OUTCOME_LABEL[outcome.outcome])}</span>` +
    `<span class="outcome__reason">${escapeHtml(outcome.reason)}</span>${link}</span>`
  );
}
