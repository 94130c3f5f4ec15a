import { OUTCOME_LABEL, type FindingOutcome } from "../../schemas/trajectory.ts";
import { formatDate } from "../labels.ts";
import { documentUrl, findingUrl } from "../urls.ts";
import { attr, escapeHtml } from "./escape-html.ts";

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
  const who = options.authorityName ? `<span>${escapeHtml(options.authorityName)}: </span>` : "";
  const link = options.noLink ? "" : decidingLinkHtml(outcome);
  return (
    `<span class="outcome">${who}<span class="outcome__tag outcome__tag--${outcome.outcome}">${escapeHtml(OUTCOME_LABEL[outcome.outcome])}</span>` +
    `<span class="outcome__reason">${escapeHtml(outcome.reason)}</span>${link}</span>`
  );
}

/**
 * The same in a finding's details panel, which every finding of a document carries, so with short
 * class names (.ot, .ot-<outcome>) and no wrapper of its own: the outcome's tag, the reason and the
 * link to the deciding finding. A finding about several authorities has one per authority, each a
 * line (.ol) opening with the authority's name.
 */
export function outcomeLineHtml(outcome: FindingOutcome, authorityName?: string): string {
  const line = `<span class="ot ot-${outcome.outcome}">${escapeHtml(OUTCOME_LABEL[outcome.outcome])}</span> ${escapeHtml(outcome.reason)}${decidingLinkHtml(outcome, attr)}`;
  return authorityName ? `<span class="ol">${escapeHtml(authorityName)}: ${line}</span>` : line;
}

/** " see the <date> finding": a link to the finding that decided the outcome (a strength for resolved, a raised finding otherwise), or nothing. */
function decidingLinkHtml(outcome: FindingOutcome, quote: (value: string) => string = (value) => `"${escapeHtml(value)}"`): string {
  const decided = outcome.decidedBy;
  if (!decided) return "";
  const example =
    outcome.outcome === "resolved"
      ? decided.examples.strength[0]
      : (decided.examples.improvement[0] ?? decided.examples.recommendation[0] ?? decided.examples.strength[0]);
  const href = example ? findingUrl(decided.documentId, example) : documentUrl(decided.documentId);
  return ` <a href=${quote(href)}>see the ${escapeHtml(formatDate(decided.date))} finding</a>`;
}
