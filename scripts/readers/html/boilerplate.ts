import { toIsoDate } from "../iso-date.ts";

// Elements that hold page chrome rather than the article, whatever their content.
const CHROME_TAGS = new Set(["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input", "select", "textarea", "form", "nav", "aside", "footer", "figcaption", "img", "picture", "video", "audio", "map", "head", "title", "meta", "link", "dialog"]);
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"]);
// Words that page builders put in class names and ids of chrome; bounded by separators so
// "commentary" or "shadow" do not match "comment" or "ad". "social" alone is left out: "social-care" is a topic.
const CHROME_CLASS =
  /(?:^|[\s_-])(?:cookies?|consent|gdpr|subscribe|subscription|newsletter|signup|sign-up|related|share|sharing|sharethis|social-(?:links|media|icons|share|buttons|bar|follow)|socials|promo|promotion|advert|advertisement|adverts|ad|ads|adslot|breadcrumbs?|paywall|comments?|outbrain|taboola|sponsored|popup|modal|visually-hidden|sr-only|screen-reader-text|skip-link|most-read|trending|recommended|byline|tags)(?=$|[\s_-])/i;
// Containers that hold the article itself are never dropped for a class name.
const CONTENT_TAGS = new Set(["body", "main", "article"]);

/** True for an element that is page chrome: scripts, forms, navigation, hidden text, cookie banners, share buttons, adverts. */
export function isChromeElement(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  // ASP.NET pages wrap the whole body in one <form>: only a small form is chrome.
  if (tag === "form") return (element.textContent ?? "").length < 1000 && !element.querySelector("article, main, h1");
  if (CHROME_TAGS.has(tag)) return true;
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute("style") ?? "")) return true;
  if (CHROME_ROLES.has(element.getAttribute("role") ?? "")) return true;
  if (CONTENT_TAGS.has(tag)) return false;
  // A class name is weak evidence: a wrapper holding a whole article ("entry share-wrapper") is not chrome.
  if ((element.textContent ?? "").length > 5000) return false;
  return CHROME_CLASS.test(`${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`);
}

// Headings after which a news page shows other stories, not the article.
const TRAILING_SECTION =
  /^(?:related\b|similar (?:stories|articles)|(?:more|other|latest|top|recommended|popular|trending)\s+(?:stories|news|articles|headlines|from|on|in|like this|reading)|you (?:may|might) (?:also )?(?:like|enjoy|be interested)|most (?:read|popular|viewed|shared)|read (?:more|next)$|see also$|knowledge (?:&|and) resources$|further reading$|recent (?:posts|stories|articles|news)$)/i;

/** True when a heading (or short heading-like line) opens the "related stories" part of a page: nothing after it is the article. */
export function opensTrailingSection(text: string): boolean {
  return text.length <= 60 && !/[.!?]$/.test(text) && TRAILING_SECTION.test(text);
}

// Whole blocks that are navigation, calls to action or legal lines, never findings.
const BOILERPLATE_BLOCK = [
  /^read (?:the )?(?:full|more)\b(?: story| article)?/i,
  /^(?:continue reading|click here|back to top|skip to|jump to)\b/i,
  /^(?:previous|next) (?:article|post|story)\b/i,
  /^(?:tags|topics|filed under|categories|related topics)\s*:/i,
  /^(?:advert(?:isement)?|sponsored(?: content)?)$/i,
  /^(?:©|copyright\b|\(c\) )/i,
  /all rights reserved/i,
  /^is this page useful\b/i,
  /^(?:report a problem|give feedback)\b/i,
  /\bin your inbox\b/i,
];
const SHORT_BOILERPLATE_BLOCK = [
  /^(?:subscribe|sign up|sign in|log ?in|register|join (?:us|now|today)|become a member|create an account)\b/i,
  /^(?:share|share this|share on|share via|tweet|email this|print this|copy link|follow us)\b/i,
  /\bnewsletter\b/i,
  /\bcookies?\b.*\b(?:use|accept|consent|settings|policy|preferences)\b|\b(?:accept|reject|manage)\b.*\bcookies?\b/i,
];

/** True for a block whose text is boilerplate: "Read Full Story", subscription offers, share buttons, cookie notices, copyright lines, bylines. */
export function isBoilerplateText(text: string): boolean {
  if (text.length <= 300 && BOILERPLATE_BLOCK.some((pattern) => pattern.test(text))) return true;
  if (text.length <= 160 && SHORT_BOILERPLATE_BLOCK.some((pattern) => pattern.test(text))) return true;
  return isByline(text);
}

/** "By Sam Writer", "Published: 3 March 2024", a bare date: the page's metadata, kept in `meta` instead. */
function isByline(text: string): boolean {
  const words = text.split(" ").length;
  if (/^by\s+\p{Lu}/u.test(text) && words <= 12 && !/[.!?]$/.test(text)) return true;
  if (/^(?:published|updated|posted|last updated|first published|date)\b/i.test(text) && text.length <= 100 && toIsoDate(text)) return true;
  return words <= 5 && toIsoDate(text) !== undefined && !/[.!?]$/.test(text);
}
