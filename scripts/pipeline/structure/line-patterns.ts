/**
 * What a single line looks like: the surface patterns the structure stage uses to tell
 * headings, letter furniture and web page chrome from body text. Generic to the genre:
 * letters, reports and saved news pages, not tied to any one document.
 */
import { countWords } from "../../nlp/white-space.ts";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";

/** Count the words of a line. */
export function wordCount(text: string): number {
  return countWords(text);
}

/** The line ends a sentence: terminal punctuation, perhaps followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?]["”’')\]]*$/.test(text.trim());
}

/** A short line without terminal punctuation: a title, heading, name, address line or link. */
export function isHeadingLike(text: string): boolean {
  const t = text.trim();
  if (endsSentence(t) || /[:;,]$/.test(t)) return false;
  return wordCount(t) <= 16 && !/^[a-z]/.test(t);
}

/** A line that introduces a list: "Inspectors highlighted:". */
export function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text) && wordCount(text) <= 14;
}

/** A full sentence of some length: the kind of line an article's or letter's body is made of. */
export function isSubstantive(text: string): boolean {
  return endsSentence(text) && wordCount(text) >= 6;
}

// A date alone, or as a news page prints it: after a label ("Published:", "Posted on", "Date published:", "Updated"),
// with a time ("14:32, 3 OCT 2023", "Monday 9 January 2023 10:15 am", "21 March 2019 at 11:02") or a byline after it.
const DATE_LABEL = "(?:(?:date(?: published| issued)?|published|first published|posted|updated|last updated|issued|release date)\\s*:?\\s*(?:on\\s*:?\\s*)?)?";
const TIME = "\\d{1,2}[:.]\\d{2}\\s*(?:am|pm)?(?:\\s*(?:BST|GMT|UTC))?";
const DATE_LINE = new RegExp(
  `^${DATE_LABEL}(?:${TIME},?\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}([/.])\\d{1,2}\\1\\d{2,4}|\\d{4}-\\d{2}-\\d{2})(?:\\s*(?:[|,–-]|at\\b|by\\b|${TIME}).*)?$`,
  "i",
);
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
const PHONE = /^(?:T|Tel|Telephone|Textphone|Fax|Phone|Mobile|Minicom)\b\.?:?\s*[+\d(]/i;
const PHONE_ANYWHERE = /\b(?:Tel|Telephone|Phone)\s*:?\s*\+?\d[\d\s]{6,}/i;
// Parts that cannot overlap: with \S+@\S+\.\S+ a long line of "a@a." backtracks in cubic time.
const EMAIL_OR_URL = /^(?:[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+|(?:https?:\/\/|www\.)\S+)$/i;
const SALUTATION = /^Dear\s+\S/;
const SIGN_OFF = /^(?:Yours\s+(?:sincerely|faithfully|truly)|Kind regards|Best wishes|With best wishes|Regards)\b/i;
const INSPECTOR_TITLE =
  /^(?:(?:Senior\s+)?(?:His|Her)\s+Majesty['’]s\s+Inspectors?|(?:Senior\s+)?HMI|Regulatory Inspection Manager|Social Care Regulatory Inspector|Lead (?:social care )?inspector|Ofsted Inspector)\b/i;
const BYLINE = /^(?:By\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z'’-]+){1,2}$/;

/** A date standing alone on its line ("27 February 2024", "Tuesday, March 28, 2017"). */
export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}

/** Address, phone, e-mail and web address lines of a letter head or a page footer. */
export function isContactLine(text: string): boolean {
  const t = text.trim();
  return PHONE.test(t) || PHONE_ANYWHERE.test(t) || EMAIL_OR_URL.test(t) || (POSTCODE.test(t) && wordCount(t) <= 12);
}

/** "Dear Ms Hammond". */
export function isSalutation(text: string): boolean {
  return SALUTATION.test(text.trim()) && wordCount(text) <= 6;
}

/** "Yours sincerely". */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text.trim()) && wordCount(text) <= 5;
}

/** "His Majesty's Inspector" and other signatory titles. */
export function isInspectorTitle(text: string): boolean {
  return INSPECTOR_TITLE.test(text.trim()) && !endsSentence(text);
}

/** A person's name alone on a line, as in a byline ("Joe Lepper"). */
export function isNameLine(text: string): boolean {
  return BYLINE.test(text.trim());
}

// Web page chrome: navigation, subscription offers, teasers of other stories, footers.
const CHROME_LINE =
  /^(?:read (?:the )?(?:full (?:story|article)|more)(?:\s*:.*)?|cookies(?: on (?:(?:our|this|the) (?:website|site)|[\p{L}.-]{2,30}))?|(?:accept|reject|allow)(?: all)?(?: cookies)?|manage (?:preferences|cookies|settings)|was this page (?:useful|helpful)\b.*|subscribe\b.*|sign (?:up|in)|log ?in|log ?out|register|contact us|make an enquiry|share(?: this(?: article| page| story| post)?)?(?:\s*:.*)?|follow us\b.*|follow [\p{L} ]{2,30} on (?:facebook|twitter|x|instagram)\b.*|print(?: this(?: page)?)?|back to (?:top|news|[\p{L} ]{2,25})|skip to (?:main )?content|menu|search|home|next article|previous article|related(?: (?:stories|articles|news|content|links|topics|reading))?(?:\s*:.*)?|see also\s*:.*|more (?:stories|news|articles|like this|on this(?: story)?)(?:\s*:.*)?|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed)|latest (?:news|stories)|top stories|features|trending|advertisement|sponsored(?: content)?|cookie(?:s| settings| policy)?|accept(?: all)?(?: cookies)?|privacy(?: policy| notice)?|terms(?: and conditions| of use)?|accessibility(?: statement)?|sitemap|comments?(?:\s*[(:]\s*\d+\)?)?|\d+ (?:responses?|comments?|replies)\b.*|comments are closed\.?|leave a (?:comment|reply)|sharing and comments|facebook|twitter|linkedin|whatsapp|instagram|tweet|e-?mail|save|yes|no|-*\s*ends\s*-*\.?|notes? (?:to|for) editors:?|from:\s*\S.{0,60}|(?:press release|news story|newsroom|blog|speech|guidance)(?:\s*\/\s*(?:press release|news story|speech|guidance))?|media (?:enquiries|contacts?)\b.*|(?:is this page useful|was this page helpful)\??.*|report a problem with this page|already a subscriber\b.*|tags?:.*|topics?:.*|categories:.*|filed under.*|(?:photo|picture|image|credit|illustration)s?(?: credit| source| caption)?\s*:.{0,80}|image (?:source|caption),.{0,120}|\d+ min(?:ute)?s? read|listen to this article|copy link|print article|save article|advertisement|featured jobs|(?:latest |top )?jobs of the week|latest jobs|book your place\b.*|register now\b.*|start your free trial\b.*|click here\b.{0,80}|download\b.{0,80}\((?:pdf|docx?|odt)\b[^)]*\))$/iu;
const CHROME_ANYWHERE =
  /(?:©|\bcopyright\b|all rights reserved|website (?:design|designed|built) by|market research by|powered by|£\s?\d+(?:\.\d\d)?\s*\/\s*(?:month|year|week)|\bper (?:month|year)\b.*\bsubscri|cookie (?:policy|settings|preferences)|\bwe use cookies\b|\b(?:analytics|essential|necessary|optional|additional|marketing) cookies\b|\buses? cookies to\b|newsletter|unsubscribe|sign up (?:for|to)|straight to your inbox|by signing up\b|latest (?:digital|print|online) (?:issues?|articles?)|online resource for professionals|open government licence|crown copyright|nationalarchives\.gov\.uk|in a different format or medium|regulates and inspects to achieve excellence|keep abreast of|keep up to date with (?:the latest|our)|to read this article in full|to continue reading\b|\bsubscribers? only\b|your email address will not be published|registered charity (?:number|no)|^(?:donate|give) (?:now|today)\b|local democracy reporting service|^(?:for (?:further|more) information|for (?:media|press) enquiries)\b.*\b(?:contact|call|e-?mail)\b|^[\p{Lu}][\p{L} &]{2,40} is part of (?:the )?[\p{Lu}][\p{L} &]{2,40}\b(?:group|network)\b|(?:twitter|facebook|linkedin|instagram|youtube|pinterest)\s+(?:twitter|facebook|linkedin|instagram|youtube|pinterest|rss))/iu;
const TEASER_END = /(?:\[\s*(?:\.\.\.|…)\s*\]|\.\.\.|…)\s*$/;

/** A line of navigation, subscription offer or footer. */
export function isChromeLine(text: string): boolean {
  const t = text.trim();
  return CHROME_LINE.test(t) || CHROME_ANYWHERE.test(t) || isNavigationLine(t);
}

// Menu items or a breadcrumb in one line: "News | Sport | What's On", "Home > News > Press releases", "Speech / Guidance".
const NAV_SEGMENT = "[^|>/.!?]{1,30}";
const NAVIGATION = new RegExp(`^${NAV_SEGMENT}(?:\\s[|>/]\\s${NAV_SEGMENT})+$`);

/** A line of menu items or a breadcrumb trail: short segments between " | ", " > " or " / ", each of three words or fewer. */
export function isNavigationLine(text: string): boolean {
  const t = text.trim();
  if (!NAVIGATION.test(t)) return false;
  const segments = t.split(/\s[|>/]\s/);
  return segments.every((segment) => wordCount(segment) <= 3) && (segments.length >= 3 || segments.every((segment) => wordCount(segment) <= 2));
}

// The notices a publisher prints on a report's back page: licence, where it is published, how to
// ask for it. In PDFs they share a block with the contact lines, too long for a chrome line.
const PUBLICATION_NOTICE =
  /(?:open government licen[cs]e|crown copyright|nationalarchives\.gov\.uk|psi@|reuse this (?:information|material)|this (?:publication|report|document) is (?:also )?available (?:at|from|in)|enquiries@|textphone)/i;

/** A sentence of a publication notice (licence, availability, contact), which is never a finding. */
export function isPublicationNotice(text: string): boolean {
  return PUBLICATION_NOTICE.test(text);
}

// The closing lines of an inspection letter, before its sign-off: who gets a copy, where it is published.
// ("Ofsted will take the findings … into account when planning the next inspection" says what happens next: context, a finding.)
const LETTER_CLOSING =
  /^(?:(?:i am|we are) copying this letter to\b|(?:this|the) letter will be published\b|it will be published on the ofsted website\b|a copy of this letter will be sent to\b|ofsted will send a copy of this letter to\b)/i;

/** A letter's closing sentence ("I am copying this letter to …", "This letter will be published on the Ofsted website."). */
export function isLetterClosing(text: string): boolean {
  return LETTER_CLOSING.test(text.trim());
}

// The inspection team and data sources of a report: a role and names ("Team inspectors: Helen Cawston HMI, …"),
// or where a figure comes from ("Source: ONS 2011 census.").
const TEAM_ROLE =
  /^(?:(?:lead|deputy lead|team|shadow|assistant lead|reporting|additional)\s+(?:social care\s+)?inspectors?|senior data analysts?|data analysts?|quality assurance managers?|regulatory inspection managers?)(?:\s*\([^)]{1,40}\))?\s*:?\s+/i;
// Names and titles only: capitalised words, "and", "of" ("Helen Cawston HMI, Andrew Wyatt SHMI"). Each word is taken
// whole (the lookahead), so a failing line is given up in linear time rather than split every possible way.
const NAMES = /^(?:[A-Z][\p{L}'’.-]*(?![\p{L}'’.-])|and|of|\([^)]{1,20}\)|[,;&]|\s)+\.?$/u;
const SOURCE_LINE = /^sources?:\s/i;

/** A line naming the inspection team or the source of a figure: never a finding. */
export function isTeamOrSourceLine(text: string): boolean {
  const t = text.trim();
  const role = TEAM_ROLE.exec(t);
  return (role !== null && NAMES.test(t.slice(role[0].length))) || (SOURCE_LINE.test(t) && wordCount(t) <= 40);
}

/** A truncated teaser of another story ("… legal action by the charity [...]"). */
export function isTeaser(text: string): boolean {
  return TEASER_END.test(text.trim());
}

/** What newspapers and news sites call themselves, last in their names ("Mid Devon Courier", "Kent Online"). */
export const NEWSPAPER_NAME_ENDINGS =
  "News|Post|Chronicle|Courier|Times|Gazette|Echo|Herald|Mail|Express|Observer|Telegraph|Standard|Journal|Argus|Advertiser|Mercury|Press|Live|Today|Online|Record|Recorder|Reporter|Sentinel|Citizen|Bulletin|Review|Weekly|Leader|Voice|Guardian|Independent|Star|Mirror|Tribune|Messenger|Examiner|Dispatch|Packet|Magazine|Clarion";
const NEWSPAPER_NAME = new RegExp(`\\b(?:${NEWSPAPER_NAME_ENDINGS})$`);

/** A line that ends as a newspaper's name does ("Birmingham Mail", "Northern Echo"). */
export function isNewspaperName(text: string): boolean {
  return NEWSPAPER_NAME.test(text.trim());
}
