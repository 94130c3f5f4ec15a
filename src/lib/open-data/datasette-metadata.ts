/**
 * Datasette's metadata.json for data/findings.sqlite: the site's title, licence and source, a
 * description of every table, view and column, and the example queries as canned queries.
 * `datasette findings.sqlite --metadata metadata.json` shows them.
 */
import { DATABASE_TABLES, DATABASE_VIEWS } from "./database-schema.ts";
import { EXAMPLE_QUERIES } from "./example-queries.ts";

const LICENCE = { license: "Open Government Licence v3.0", license_url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" };

/** The metadata, for a site at `siteUrl` (its data page is the source; site-relative when unknown). */
export function datasetteMetadata(siteUrl: string | undefined): Record<string, unknown> {
  const source = { source: "Ofsted inspection reports and letters, and news about them, read by the Ofsted findings explorer", source_url: new URL("data/", siteUrl ?? "https://example.invalid/").href.replace("https://example.invalid/", "/") };
  const tables = Object.fromEntries(
    [...DATABASE_TABLES, ...DATABASE_VIEWS].map((t) => [t.name, { description: t.description, ...(Object.keys(t.columns).length > 0 ? { columns: t.columns } : {}) }]),
  );
  return {
    title: "Ofsted's findings on children's services",
    description:
      "Every sentence of Ofsted's inspection letters and reports on English local authorities' children's services as a labelled finding " +
      "(strength, area to improve, recommendation or context), with its themes, authorities, the cues that decided its labels, and what happened next. " +
      "Labels are made by machine and can be wrong.",
    ...LICENCE,
    ...source,
    databases: {
      findings: {
        ...LICENCE,
        ...source,
        tables,
        queries: Object.fromEntries(EXAMPLE_QUERIES.map((q) => [q.name, { title: q.title, sql: q.sql }])),
      },
    },
  };
}
