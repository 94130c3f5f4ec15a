import { AND_PATTERN, SEPARATOR_PATTERN } from "./alias-key.ts";

/**
 * Compiles alias keys (see aliasKey) into one regular expression source shaped as a
 * character trie, so the engine tries one branch per next character rather than every
 * alias in turn: a megabyte of text is scanned in milliseconds whatever the alias count.
 * Each node that ends an alias makes its continuation optional and greedy, so at any
 * start the longest alias wins.
 */

/** Stand-ins in a key's symbol sequence for "any separator" and "and or &". */
const SEPARATOR = "\u0001";
const AND = "\u0002";

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/** Splits a key into trie symbols: characters, separators, and "and" joins (which also match "&"). */
function keySymbols(key: string): string[] {
  const words = key.split(" ");
  const symbols: string[] = [...(words[0] ?? "")];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? "";
    const joinsWithAnd = word === "and" && i + 1 < words.length;
    if (joinsWithAnd) i++;
    symbols.push(joinsWithAnd ? AND : SEPARATOR, ...(joinsWithAnd ? (words[i] ?? "") : word));
  }
  return symbols;
}

/** The pattern for one symbol: separators and joins expand, syntax characters are escaped. */
function symbolPattern(symbol: string): string {
  if (symbol === SEPARATOR) return SEPARATOR_PATTERN;
  if (symbol === AND) return AND_PATTERN;
  return symbol.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/** Emits a node's subtree as a pattern; a node that ends an alias makes the rest optional. */
function emitNode(node: TrieNode): string {
  const branches = [...node.children].map(([symbol, child]) => symbolPattern(symbol) + emitNode(child));
  if (branches.length === 0) return "";
  if (node.terminal) return `(?:${branches.join("|")})?`;
  return branches.length === 1 ? (branches[0] ?? "") : `(?:${branches.join("|")})`;
}

/** Builds the source of one case-insensitive, whole-word regular expression matching any of the keys. */
export function aliasPatternSource(keys: Iterable<string>): string {
  return String.raw`(?<![\p{L}\p{N}])` + aliasEndingPatternSource(keys);
}

/**
 * The same without its first condition, that no letter or digit stands before a match: the matcher checks
 * that itself. A look-behind opening the pattern is tried at every character of the text, and the engine
 * scans twice as fast without it.
 */
export function aliasEndingPatternSource(keys: Iterable<string>): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const key of keys) {
    let node = root;
    for (const symbol of keySymbols(key)) {
      let child = node.children.get(symbol);
      if (!child) {
        child = { children: new Map(), terminal: false };
        node.children.set(symbol, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  return emitNode(root) + String.raw`(?![\p{L}\p{N}])`;
}
