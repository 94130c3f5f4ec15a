/** The publisher registry, loaded once. */
import { loadPublishers } from "../pipeline/metadata/detect-publisher.ts";
import type { Publisher } from "../pipeline/metadata/detect-publisher.ts";

let cached: Publisher[] | undefined;

/** content/publishers.json, read on first use. */
export function detectPublisherRegistry(): Publisher[] {
  cached ??= loadPublishers();
  return cached;
}
