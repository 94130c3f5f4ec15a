import { describe, expect, test } from "vitest";
import { detectPublisher, loadPublishers } from "../../../scripts/pipeline/metadata/detect-publisher.ts";

const publishers = loadPublishers();

describe("who published a page", () => {
  test("Ofsted's letterhead and back page make Ofsted's documents", () => {
    expect(detectPublisher("Ofsted Piccadilly Gate Store Street Manchester M1 2WD … copying this letter to the Department for Education.", undefined, publishers)).toBe("Ofsted");
    expect(detectPublisher("Lead inspector: A Name\n\nHer Majesty’s Inspector\n\nA report naming the Department for Education.", undefined, publishers)).toBe("Ofsted");
  });

  test("a news page quoting an inspector's title is its site's, not Ofsted's", () => {
    expect(detectPublisher("Her Majesty’s Inspector Jane Smith said the council had improved.\n\n© communitycare.co.uk", undefined, publishers)).toBe("Community Care");
    expect(detectPublisher("An Ofsted Inspector said services had improved.", "CYP Now", publishers)).toBe("CYP Now");
  });

  test("an unknown site keeps the name its metadata gives, and a page with none has no publisher", () => {
    expect(detectPublisher("Council news.", "Anytown Gazette", publishers)).toBe("Anytown Gazette");
    expect(detectPublisher("Council news.", undefined, publishers)).toBeNull();
  });
});
