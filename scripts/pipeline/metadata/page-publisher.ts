/**
 * Who published a news page the registry does not know, from how the page names itself: GOV.UK's
 * "From: Ofsted", the copyright line of the footer ("© 2023 Mid Devon Courier"), or the masthead
 * above the headline ("Westmorland and Furness Council", "Surrey Weekly News").
 */
import { knownPublisher, registryName, type Publisher } from "./detect-publisher.ts";

// A name as a page prints it: capitalised words, with "and", "of", "for", "the" and "&" between them.
const NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|and|of|for|the|&))*";
const FROM_LINE = new RegExp(`^from:\\s*(${NAME})\\s*$`, "iu");
// "© 2023 Mid Devon Courier", "Copyright © 2023 The Newark Chronicle", "© Stockport Council 2024", "Copyright 2023 BBC. All rights reserved."
const COPYRIGHT = new RegExp(`(?:©|\\b[Cc]opyright\\b|\\bCOPYRIGHT\\b)(?:\\s*©)?\\s*(?:(?:19|20)\\d\\d\\s*[-–]?\\s*(?:(?:19|20)\\d\\d\\s+)?)?(${NAME})`, "u");
const COMPANY_SUFFIX = /\s+(?:Ltd|Limited|plc|LLP|(?:19|20)\d\d)\.?$/i;
// Holders that are no publisher's name: the Crown's copyright on GOV.UK, a lone year or a site-wide phrase.
const NOT_A_HOLDER = /^(?:crown\b.*|all rights reserved|the|this|copyright)$/i;
const MASTHEAD = new RegExp(`^${NAME}$`, "u");
// A section's name above the headline, not the site's.
const SECTION = /^(?:news|newsroom|blog|home|menu|search|features?|opinion|comment|analysis|press releases?|latest|sport|jobs|events)$/i;

/** What the page's own furniture says about it. */
export interface PageParts {
  /** Lines above the headline (masthead, navigation, section labels). */
  aboveTitle: string[];
  /** Every furniture line of the page, head and tail. */
  furniture: string[];
}

/**
 * The publisher a page names itself, or null: a masthead the registry knows ("Community Care" above the
 * headline, where the owner's copyright line names its parent company), "From:", the copyright holder, the masthead.
 */
export function pagePublisher(parts: PageParts, publishers: Publisher[]): string | null {
  const own =
    knownMasthead(parts.aboveTitle, publishers) ??
    fromLine(parts.furniture) ??
    copyrightHolder(parts.furniture) ??
    masthead(parts.aboveTitle) ??
    taggedMasthead(parts.aboveTitle, publishers);
  return own === null ? null : registryName(own, publishers);
}

function fromLine(lines: string[]): string | null {
  for (const line of lines) {
    const m = FROM_LINE.exec(line.trim());
    if (m && m[1]!.split(/\s+/).length <= 8) return m[1]!;
  }
  return null;
}

/** The holder of the page's copyright line (the last one, as footers come last). */
export function copyrightHolder(lines: string[]): string | null {
  for (const line of [...lines].reverse()) {
    const m = COPYRIGHT.exec(line);
    if (!m) continue;
    // The name ends where its sentence does ("© 2023 The Cumbrian Evening Record. Registered in England …").
    const holder = m[1]!.split(/\.\s/)[0]!.replace(COMPANY_SUFFIX, "").replace(/[.,]+$/, "").trim();
    if (!NOT_A_HOLDER.test(holder) && holder.split(/\s+/).length <= 6) return holder;
  }
  return null;
}

/** A line above the headline that is a known publisher's name or initials ("LGC"). */
function knownMasthead(lines: string[], publishers: Publisher[]): string | null {
  for (const line of lines.map((l) => l.trim())) {
    if (line.split(/\s+/).length <= 6 && knownPublisher(line, publishers) !== null) return line;
  }
  return null;
}

// A blog's masthead, its owner's name and a tag line: "Ofsted: educating, caring and inspecting".
const TAGGED = new RegExp(`^(${NAME}):\\s`, "u");

/** The owner named before a tag line above the headline, when the registry knows it (a headline too may open "Ofsted: …"). */
function taggedMasthead(lines: string[], publishers: Publisher[]): string | null {
  for (const line of lines) {
    const name = TAGGED.exec(line.trim())?.[1];
    if (name && knownPublisher(name, publishers) !== null) return name;
  }
  return null;
}

/** The first line above the headline that is a short name and nothing else. */
function masthead(lines: string[]): string | null {
  const line = lines.map((l) => l.trim()).find((l) => MASTHEAD.test(l) && !SECTION.test(l) && l.split(/\s+/).length <= 6);
  return line ?? null;
}
