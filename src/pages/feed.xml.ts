/** /feed.xml: an Atom feed of the documents in the collection, newest first. */
import type { APIRoute } from "astro";
import { loadExtraction } from "../lib/load-extraction.ts";
import { atomFeed } from "../lib/open-data/atom-feed.ts";

export const GET: APIRoute = ({ site }) =>
  new Response(atomFeed(loadExtraction().documents, site, "Ofsted children's services findings: documents"), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
