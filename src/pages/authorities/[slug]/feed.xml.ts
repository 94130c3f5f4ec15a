/** /authorities/<slug>/feed.xml: an Atom feed of the newest findings about one authority. */
import type { APIRoute, GetStaticPaths } from "astro";
import { getFindingsByAuthority, loadAuthorities } from "../../../lib/load-extraction.ts";
import { authorityFeedPath, findingsFeed } from "../../../lib/open-data/atom-feed.ts";

export const getStaticPaths = (() =>
  loadAuthorities().map((a) => ({ params: { slug: a.slug }, props: { code: a.code, name: a.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const slug = String(params["slug"]);
  const name = String(props["name"]);
  const body = findingsFeed(getFindingsByAuthority(String(props["code"])), site, {
    title: `${name}: new findings`,
    subtitle: `Ofsted's newest findings about ${name}'s children's services.`,
    selfPath: authorityFeedPath(slug),
    pagePath: `authorities/${slug}/`,
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
