/** Who published a document: the format's own metadata, else a known publisher's signature in the page. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const PublishersSchema = z.object({
  publishers: z.array(z.object({ name: z.string(), signatures: z.array(z.string()) })),
});
/** A publisher and the words that identify its pages. */
export type Publisher = z.infer<typeof PublishersSchema>["publishers"][number];

const DEFAULT_PATH = fileURLToPath(new URL("../../../content/publishers.json", import.meta.url));

/** Read the publisher registry (content/publishers.json). */
export function loadPublishers(path: string = DEFAULT_PATH): Publisher[] {
  return PublishersSchema.parse(JSON.parse(readFileSync(path, "utf8"))).publishers;
}

/** The publisher of a page: a registry name the metadata or text names, else the metadata's own name. */
export function detectPublisher(text: string, metaPublisher: string | undefined, publishers: Publisher[]): string | null {
  const haystack = `${metaPublisher ?? ""}\n${text}`.toLowerCase().replace(/[’‘]/g, "'");
  for (const publisher of publishers) {
    if (publisher.signatures.some((s) => haystack.includes(s.toLowerCase().replace(/[’‘]/g, "'")))) return publisher.name;
  }
  return metaPublisher?.trim() || null;
}
