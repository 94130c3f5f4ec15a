/** fmin ships no types; scripts/learn/conjugate-gradient.ts loads it for its side effect (see there). */
declare module "fmin";
