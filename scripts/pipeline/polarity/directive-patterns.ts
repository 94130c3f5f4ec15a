/**
 * Openings that make a sentence a directive ("Ensure that …", "Ensuring that …"): the shapes of a
 * recommendation, read as features by the polarity model.
 */

/** A base-form verb opening, as under "What needs to improve" ("Ensure …", "Review …", "Take …"). */
export const IMPERATIVE =
  /^["“']?(?:ensure|improve|strengthen|consider|develop|review|increase|reduce|make|take|work|provide|establish|implement|continue|raise|address|secure|embed|use|put|monitor|clarify|agree|extend|evaluate|undertake|update|build|enable|promote|prioritise|prioritize|complete|record|identify|tackle|focus|share|engage|assess|respond|reconsider|revise|introduce|set|maintain|sustain|progress|deliver|support)\b/;

/** Verbs that are never nouns opening a directive anywhere ("Support for care leavers is good" is not one). */
export const UNAMBIGUOUS_IMPERATIVE =
  /^["“']?(?:ensure|improve|strengthen|consider|develop|establish|implement|raise|address|secure|embed|clarify|evaluate|undertake|enable|promote|prioritise|prioritize|identify|tackle|reconsider|revise|introduce|reduce|extend|continue to|make sure) [a-z]/;

/** A gerund opening a list item: a to-do ("Ensuring that the annual report is of sufficient quality."). */
export const GERUND_DIRECTIVE =
  /^["“']?(?:ensuring|improving|strengthening|developing|maintaining|reviewing|increasing|reducing|establishing|embedding|securing|implementing|addressing|raising|making sure|continuing to|prioritising|clarifying|extending) [a-z]/;
