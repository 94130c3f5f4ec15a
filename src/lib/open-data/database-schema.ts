/**
 * The schema of data/findings.sqlite: tables, indexes, the full-text index and the views, as SQL, with
 * a description of every table and view (for the schema page and Datasette's metadata.json). Kept
 * apart from the script that fills the database so the site can document it without node:sqlite.
 */

/** A table or view of the database and what it holds. */
export interface DatabaseTable {
  name: string;
  description: string;
  /** Column → description (views and the full-text table are described as a whole). */
  columns: Record<string, string>;
  sql: string;
}

const table = (name: string, description: string, columns: Record<string, string>, sql: string): DatabaseTable => ({ name, description, columns, sql });

/** The tables, in the order they are created and filled (a table's foreign keys point to tables above it). */
export const DATABASE_TABLES: readonly DatabaseTable[] = [
  table(
    "themes",
    "The taxonomy's themes (content/themes): what a finding can be about.",
    { id: "Stable id, as in URLs (/themes/<id>/) and findings' labels.", label: "Human label.", definition: "What the theme covers.", framework: "Framework areas it belongs to, separated by “; ”." },
    `CREATE TABLE themes (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  definition TEXT NOT NULL,
  framework TEXT NOT NULL
) WITHOUT ROWID`,
  ),
  table(
    "authorities",
    "English local authorities with children's services: the ONS register, plus any authority a document names that the register lacks (region and type empty).",
    {
      code: "Current ONS code (E06…, E08…, E09…, E10…).",
      name: "Short name, as ONS gives it.",
      slug: "Slug of the authority's page on the site (/authorities/<slug>/).",
      region: "Region name.",
      type: "ONS type: County, London Borough, Metropolitan District or Unitary Authority.",
      dfe_code: "Department for Education three-digit LA number.",
      population: "Population aged 0–25 (ONS), where known.",
    },
    `CREATE TABLE authorities (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL,
  region TEXT,
  type TEXT,
  dfe_code TEXT,
  population INTEGER
) WITHOUT ROWID`,
  ),
  table(
    "statistical_neighbours",
    "Each authority's statistical neighbours (DfE), nearest first.",
    { authority_code: "The authority.", rank: "1 for the nearest neighbour.", neighbour_code: "The neighbour." },
    `CREATE TABLE statistical_neighbours (
  authority_code TEXT NOT NULL REFERENCES authorities(code),
  rank INTEGER NOT NULL,
  neighbour_code TEXT NOT NULL REFERENCES authorities(code),
  PRIMARY KEY (authority_code, rank)
) WITHOUT ROWID`,
  ),
  table(
    "documents",
    "Source documents: inspection letters and reports, news and commentary.",
    {
      id: "Stable id: the published date, subject and kind, plus a short hash of the content.",
      title: "Title (first heading, or a letter's subject line).",
      kind: "inspection-letter, inspection-report, news or commentary.",
      publisher: "Who published it.",
      published: "Date of publication (YYYY-MM-DD), where the document gives one.",
      date: "The date the site files it by: published, else the first day of the inspection.",
      inspection_type: "focused-visit, ilacs, jtai, monitoring-visit or sif.",
      first_inspection_day: "First day of the inspection's fieldwork.",
      last_inspection_day: "Last day of the inspection's fieldwork.",
      judgement: "Overall effectiveness grade of a graded inspection.",
      format: "Format of the source file: text, markdown, html or pdf.",
      pages: "Number of PDF pages.",
      sha256: "SHA-256 of the source file's bytes.",
      url: "The document's page on the site.",
    },
    `CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  kind TEXT NOT NULL,
  publisher TEXT,
  published TEXT,
  date TEXT,
  inspection_type TEXT,
  first_inspection_day TEXT,
  last_inspection_day TEXT,
  judgement TEXT,
  format TEXT NOT NULL,
  pages INTEGER,
  sha256 TEXT NOT NULL,
  url TEXT NOT NULL
) WITHOUT ROWID`,
  ),
  table(
    "document_authorities",
    "The authorities each document is about (its subjects).",
    { document_id: "The document.", authority_code: "One of its subject authorities." },
    `CREATE TABLE document_authorities (
  document_id TEXT NOT NULL REFERENCES documents(id),
  authority_code TEXT NOT NULL REFERENCES authorities(code),
  PRIMARY KEY (document_id, authority_code)
) WITHOUT ROWID`,
  ),
  table(
    "judgements",
    "Per-area grades of graded inspection reports.",
    { document_id: "The report.", area: "The judgement area, as the report words it.", grade: "outstanding, good, requires improvement to be good or inadequate." },
    `CREATE TABLE judgements (
  document_id TEXT NOT NULL REFERENCES documents(id),
  area TEXT NOT NULL,
  grade TEXT NOT NULL,
  PRIMARY KEY (document_id, area)
) WITHOUT ROWID`,
  ),
  table(
    "findings",
    "Every finding: a sentence or list item of a document with its labels and where it stands. rowid is the finding's number in download order (documents by id, findings in reading order); the tables of a finding's themes, authorities, cues and outcomes point to it by rowid (finding_rowid), and finding_details gives its permalink.",
    {
      id: "Stable id (f- and 12 hex digits).",
      document_id: "The document it comes from.",
      text: "The sentence as it stands in the source.",
      polarity: "strength, improvement (an area to improve), recommendation or context.",
      confidence: "How sure the classifier is of the polarity, 0 to 1.",
      good_practice: "1 where the text holds it up as an example for others.",
      section: "The heading it stands under.",
      page: "Page of the source PDF where it starts.",
      start_offset: "Character offset of its first character in the document's text.",
      end_offset: "Character offset just past its last character.",
      reviewed: "1 when a curator's correction changed a label.",
      part: "Part of the document's text on the site that prints it: 1 is the document's page (documents.url), a later part n is <documents.url>n/. Its permalink is that page's address with #<id> (the view finding_details has it as url).",
    },
    `CREATE TABLE findings (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents(id),
  text TEXT NOT NULL,
  polarity TEXT NOT NULL CHECK (polarity IN ('strength', 'improvement', 'recommendation', 'context')),
  confidence REAL NOT NULL,
  good_practice INTEGER NOT NULL,
  section TEXT,
  page INTEGER,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  reviewed INTEGER NOT NULL,
  part INTEGER NOT NULL
)`,
  ),
  table(
    "finding_themes",
    "The themes of each finding (several allowed).",
    { finding_rowid: "The finding (findings.rowid).", theme_id: "One of its themes." },
    `CREATE TABLE finding_themes (
  finding_rowid INTEGER NOT NULL REFERENCES findings(rowid),
  theme_id TEXT NOT NULL REFERENCES themes(id),
  PRIMARY KEY (finding_rowid, theme_id)
) WITHOUT ROWID`,
  ),
  table(
    "finding_authorities",
    "The authorities each finding is about (none for a national statement).",
    { finding_rowid: "The finding (findings.rowid).", authority_code: "One of the authorities it is about." },
    `CREATE TABLE finding_authorities (
  finding_rowid INTEGER NOT NULL REFERENCES findings(rowid),
  authority_code TEXT NOT NULL REFERENCES authorities(code),
  PRIMARY KEY (finding_rowid, authority_code)
) WITHOUT ROWID`,
  ),
  table(
    "cue_vocabulary",
    "Every distinct cue once: the kind of evidence, the words of the source that fired it and what it pointed to. The same cue fires in many findings (on the real corpus, about 70 times each on average), so the cues table points here; the view finding_cues puts them back together.",
    {
      rowid: "The cue's number, in the order the cues first appear in download order.",
      kind: "section, list, lexicon, quantifier, hedge, negation, modal, contrast, trajectory, context, good-practice, theme, authority or curation.",
      text: "The words of the source that fired it.",
      points: "What it pointed to: a polarity, a theme id or an authority code.",
    },
    `CREATE TABLE cue_vocabulary (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  points TEXT NOT NULL,
  UNIQUE (kind, text, points)
)`,
  ),
  table(
    "cues",
    "Why each label was given: the cues that fired, in the order the extraction recorded them (read them with their words through the view finding_cues).",
    {
      finding_rowid: "The finding (findings.rowid).",
      position: "Order of the cue within the finding, from 1.",
      cue: "The cue's kind, words and what it points to (cue_vocabulary.rowid).",
      weight: "Signed weight it contributed.",
    },
    `CREATE TABLE cues (
  finding_rowid INTEGER NOT NULL REFERENCES findings(rowid),
  position INTEGER NOT NULL,
  cue INTEGER NOT NULL REFERENCES cue_vocabulary(rowid),
  weight REAL NOT NULL,
  PRIMARY KEY (finding_rowid, position)
) WITHOUT ROWID`,
  ),
  table(
    "outcomes",
    "What happened next to each area to improve and recommendation, per authority followed (the site's trajectories).",
    {
      finding_rowid: "The raised finding (findings.rowid).",
      authority_code: "The authority whose later documents were followed.",
      outcome: "resolved, recurring, mixed or not-revisited.",
      mixed_lean: "For mixed: mostly-strengths, even or mostly-raised.",
      not_revisited_because: "For not-revisited: no-theme, undated, no-later-document or theme-not-revisited.",
      decided_by_document_id: "The later document that decided it.",
      decided_by_date: "That document's date.",
      next_strengths: "Its strengths on the finding's themes.",
      next_areas_to_improve: "Its areas to improve on them.",
      next_recommendations: "Its recommendations on them.",
      reason: "The outcome in words.",
    },
    `CREATE TABLE outcomes (
  finding_rowid INTEGER NOT NULL REFERENCES findings(rowid),
  authority_code TEXT NOT NULL REFERENCES authorities(code),
  outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'recurring', 'mixed', 'not-revisited')),
  mixed_lean TEXT,
  not_revisited_because TEXT,
  decided_by_document_id TEXT REFERENCES documents(id),
  decided_by_date TEXT,
  next_strengths INTEGER,
  next_areas_to_improve INTEGER,
  next_recommendations INTEGER,
  reason TEXT NOT NULL,
  PRIMARY KEY (finding_rowid, authority_code)
) WITHOUT ROWID`,
  ),
  table(
    "findings_fts",
    "Full-text index (FTS5) of the findings' text; its rowid is findings.rowid. Query with MATCH, rank by bm25(findings_fts).",
    {},
    `CREATE VIRTUAL TABLE findings_fts USING fts5(text, content='findings', content_rowid='rowid', tokenize='porter unicode61')`,
  ),
];

/** Indexes for the common joins and filters, created after the tables are filled. */
export const DATABASE_INDEXES: readonly string[] = [
  "CREATE INDEX findings_by_document ON findings(document_id)",
  "CREATE INDEX finding_themes_by_theme ON finding_themes(theme_id)",
  "CREATE INDEX finding_authorities_by_authority ON finding_authorities(authority_code)",
  "CREATE INDEX document_authorities_by_authority ON document_authorities(authority_code)",
  "CREATE INDEX documents_by_date ON documents(date)",
  "CREATE INDEX outcomes_by_authority ON outcomes(authority_code, outcome)",
  "CREATE INDEX authorities_by_region ON authorities(region)",
];

/** A finding's permalink from its document's page and the part printing it (f: findings, d: documents). */
const FINDING_URL = "d.url || CASE WHEN f.part > 1 THEN f.part || '/' ELSE '' END || '#' || f.id";

/** Views answering the common questions. */
export const DATABASE_VIEWS: readonly DatabaseTable[] = [
  table(
    "findings_by_authority_and_theme",
    "Judged findings counted by authority, theme and polarity.",
    {},
    `CREATE VIEW findings_by_authority_and_theme AS
SELECT a.code AS authority_code, a.name AS authority, a.region, t.id AS theme_id, t.label AS theme,
  SUM(f.polarity = 'strength') AS strengths,
  SUM(f.polarity = 'improvement') AS areas_to_improve,
  SUM(f.polarity = 'recommendation') AS recommendations
FROM findings f
JOIN finding_authorities fa ON fa.finding_rowid = f.rowid
JOIN authorities a ON a.code = fa.authority_code
JOIN finding_themes ft ON ft.finding_rowid = f.rowid
JOIN themes t ON t.id = ft.theme_id
WHERE f.polarity <> 'context'
GROUP BY a.code, t.id`,
  ),
  table(
    "finding_details",
    "Each finding with its document, date, authorities, themes and permalink (url) in one row (lists separated by “; ”); finding_rowid joins it to findings_fts and to the tables that point to findings.",
    {},
    `CREATE VIEW finding_details AS
SELECT f.rowid AS finding_rowid, f.id, f.text, f.polarity, f.confidence, f.good_practice, f.section, f.page,
  d.id AS document_id, d.title AS document_title, d.kind, d.inspection_type, d.date,
  (SELECT group_concat(a.name, '; ') FROM finding_authorities fa JOIN authorities a ON a.code = fa.authority_code WHERE fa.finding_rowid = f.rowid) AS authorities,
  (SELECT group_concat(ft.theme_id, '; ') FROM finding_themes ft WHERE ft.finding_rowid = f.rowid) AS themes,
  ${FINDING_URL} AS url
FROM findings f JOIN documents d ON d.id = f.document_id`,
  ),
  table(
    "good_practice",
    "Findings held up as good practice, with their authority and document.",
    {},
    `CREATE VIEW good_practice AS
SELECT f.id, f.text, a.name AS authority, a.region, d.date, d.title AS document_title, ${FINDING_URL} AS url
FROM findings f
JOIN documents d ON d.id = f.document_id
LEFT JOIN finding_authorities fa ON fa.finding_rowid = f.rowid
LEFT JOIN authorities a ON a.code = fa.authority_code
WHERE f.good_practice = 1`,
  ),
  table(
    "finding_cues",
    "Every cue with its finding's public id and its words: the cues table joined to cue_vocabulary (ORDER BY finding_rowid, position for each finding's order).",
    {},
    `CREATE VIEW finding_cues AS
SELECT c.finding_rowid, f.id AS finding_id, c.position, v.kind, v.text, v.points, c.weight
FROM cues c
JOIN findings f ON f.rowid = c.finding_rowid
JOIN cue_vocabulary v ON v.rowid = c.cue`,
  ),
  table(
    "finding_outcomes",
    "What happened next to each raised finding, with its public id and text beside the outcome.",
    {},
    `CREATE VIEW finding_outcomes AS
SELECT f.id AS finding_id, f.text, o.*
FROM outcomes o JOIN findings f ON f.rowid = o.finding_rowid`,
  ),
  table(
    "outcome_counts",
    "What happened next to raised findings, counted by authority and outcome.",
    {},
    `CREATE VIEW outcome_counts AS
SELECT a.code AS authority_code, a.name AS authority, o.outcome, COUNT(*) AS findings
FROM outcomes o JOIN authorities a ON a.code = o.authority_code
GROUP BY a.code, o.outcome`,
  ),
];
