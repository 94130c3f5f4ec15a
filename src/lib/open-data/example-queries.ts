/**
 * Example queries of data/findings.sqlite: shown on /data/, offered by Datasette as canned queries
 * (metadata.json), and run by the tests against a built database, so none of them rots.
 */

/** One example: a name (Datasette's canned query name), what it answers, and the SQL. */
export interface ExampleQuery {
  name: string;
  title: string;
  sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    name: "kent_by_theme",
    title: "Strengths and areas to improve by theme, for one authority (Kent)",
    sql: `SELECT theme, strengths, areas_to_improve, recommendations
FROM findings_by_authority_and_theme
WHERE authority = 'Kent'
ORDER BY areas_to_improve DESC, strengths DESC`,
  },
  {
    name: "search_text",
    title: "Full-text search: findings about care leavers, best matches first",
    sql: `SELECT f.id, f.polarity, f.date, f.text, f.url
FROM findings_fts
JOIN finding_details f ON f.finding_rowid = findings_fts.rowid
WHERE findings_fts MATCH 'care leaver*'
ORDER BY bm25(findings_fts)
LIMIT 20`,
  },
  {
    name: "good_practice_by_region",
    title: "Good practice by region",
    sql: `SELECT coalesce(region, 'national or unknown') AS region, COUNT(*) AS findings
FROM good_practice
GROUP BY 1
ORDER BY findings DESC`,
  },
  {
    name: "outcomes_by_theme",
    title: "What happened next to areas to improve, by theme",
    sql: `SELECT t.label AS theme,
  SUM(o.outcome = 'resolved') AS resolved,
  SUM(o.outcome = 'recurring') AS recurring,
  SUM(o.outcome = 'mixed') AS mixed,
  SUM(o.outcome = 'not-revisited') AS not_revisited
FROM outcomes o
JOIN finding_themes ft ON ft.finding_rowid = o.finding_rowid
JOIN themes t ON t.id = ft.theme_id
GROUP BY t.id
ORDER BY recurring DESC`,
  },
  {
    name: "neighbours_areas_to_improve",
    title: "Areas to improve found in an authority's statistical neighbours (Kent's)",
    sql: `SELECT n.rank, a.name AS neighbour, COUNT(f.id) AS areas_to_improve
FROM authorities k
JOIN statistical_neighbours n ON n.authority_code = k.code
JOIN authorities a ON a.code = n.neighbour_code
LEFT JOIN finding_authorities fa ON fa.authority_code = a.code
LEFT JOIN findings f ON f.rowid = fa.finding_rowid AND f.polarity = 'improvement'
WHERE k.name = 'Kent'
GROUP BY n.rank
ORDER BY n.rank`,
  },
  {
    name: "why_labelled",
    title: "Why findings were labelled: the commonest cues that decided an area to improve",
    sql: `SELECT c.kind, lower(c.text) AS words, COUNT(*) AS findings
FROM finding_cues c
JOIN findings f ON f.rowid = c.finding_rowid
WHERE f.polarity = 'improvement' AND c.points = 'improvement'
GROUP BY c.kind, lower(c.text)
ORDER BY findings DESC
LIMIT 20`,
  },
];
