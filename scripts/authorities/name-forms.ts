/** Small, pure rewrites of ONS authority names. */

const COMMA_OF = /^(.+), (City|County) of$/;

/** The name without ONS's inverted ", City of" / ", County of" ("Bristol, City of" -> "Bristol"). */
export function shortName(name: string): string {
  return name.replace(COMMA_OF, "$1");
}

/** The forms an inverted ONS name stands for: "Bristol, City of" -> ["Bristol", "City of Bristol"]; other names unchanged. */
export function uninvertName(name: string): string[] {
  const match = COMMA_OF.exec(name);
  if (!match) return [name];
  const [, base = name, kind = "City"] = match;
  return [base, `${kind} of ${base}`];
}

/** Lower-cases connecting words inside a name, which some sources capitalise ("Kingston Upon Hull" -> "Kingston upon Hull"). */
export function fixConnectorCase(name: string): string {
  return name.replace(/(?<=\S\s)(Upon|Under|On|Of|And|With|The)(?=[\s,]|$)/g, (word) => word.toLowerCase());
}

/**
 * Splits a bracketed also-known-as list ("[BCP, Bournemouth, Christchurch & Poole]").
 * Commas both separate items and occur inside names, so adjacent pieces are rejoined when
 * together they spell one of the authority's own names.
 */
export function parseAlsoKnownAs(raw: string, ownNames: readonly string[], sameName: (a: string, b: string) => boolean): string[] {
  const pieces = raw.replace(/^\[|\]$/g, "").split(",").map((piece) => piece.trim()).filter(Boolean);
  const items: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    let taken = pieces[i] ?? "";
    for (let j = pieces.length; j > i + 1; j--) {
      const joined = pieces.slice(i, j).join(", ");
      if (ownNames.some((name) => sameName(name, joined))) {
        taken = joined;
        i = j - 1;
        break;
      }
    }
    items.push(taken);
  }
  return items;
}
