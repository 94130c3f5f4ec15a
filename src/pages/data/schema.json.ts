/** /data/schema.json: the JSON Schema of the extraction (the full contract the build writes), from the zod schemas. */
import type { APIRoute } from "astro";
import { z } from "zod";
import { jsonResponse } from "../../lib/open-data/responses.ts";
import { ExtractionSchema } from "../../schemas/extraction.ts";

export const GET: APIRoute = () => jsonResponse(z.toJSONSchema(ExtractionSchema, { io: "input" }));
