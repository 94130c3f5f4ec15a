/** /themes/<id>/feed.xml: an Atom feed of the theme's newest findings, for trainers who follow a theme. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getFindingsByTheme, loadThemes } from "../../../lib/load-extraction.ts";
import { findingsFeed, themeFeedPath } from "../../../lib/open-data/atom-feed.ts";

export const getStaticPaths = (() => loadThemes().map((theme) => ({ params: { id: theme.id }, props: { label: theme.label } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const id = String(params["id"]);
  const label = String(props["label"]);
  const body = findingsFeed(getFindingsByTheme(id), site, {
    title: `${label}: new findings`,
    subtitle: `Ofsted's newest findings on ${label}, across local authorities' children's services.`,
    selfPath: themeFeedPath(id),
    pagePath: `themes/${id}/`,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
