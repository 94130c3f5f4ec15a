import { describe, expect, test } from "vitest";
import { copyrightHolder, pagePublisher } from "../../../scripts/pipeline/metadata/page-publisher.ts";
import { loadPublishers, registryName } from "../../../scripts/pipeline/metadata/detect-publisher.ts";

const publishers = loadPublishers();

describe("the publisher a news page names itself", () => {
  test.each([
    ["© 2023 Mid Devon Courier", "Mid Devon Courier"],
    ["Copyright © 2023 The Newark Chronicle", "The Newark Chronicle"],
    ["© Stockport Council 2024", "Stockport Council"],
    ["Copyright 2023 BBC. All rights reserved.", "BBC"],
    ["communitycare.co.uk © 2025 MA Healthcare Ltd", "MA Healthcare"],
  ])("'%s' is held by %s", (line, holder) => {
    expect(copyrightHolder([line])).toBe(holder);
  });

  test("the Crown's copyright on GOV.UK names no publisher", () => {
    expect(copyrightHolder(["© Crown copyright"])).toBeNull();
  });

  test("GOV.UK's 'From:' line comes before the masthead", () => {
    expect(pagePublisher({ aboveTitle: ["GOV.UK"], furniture: ["GOV.UK", "From: Ofsted", "© Crown copyright"] }, publishers)).toBe("Ofsted");
  });

  test("a masthead above the headline, when the page has no copyright line", () => {
    expect(pagePublisher({ aboveTitle: ["Westmorland and Furness Council", "Newsroom"], furniture: ["Newsroom", "Notes to editors"] }, publishers)).toBe(
      "Westmorland and Furness Council",
    );
  });

  test("a known publisher's masthead beats its parent company's copyright", () => {
    expect(pagePublisher({ aboveTitle: ["Community Care"], furniture: ["Community Care", "© 2022 MA Healthcare Ltd"] }, publishers)).toBe("Community Care");
  });

  test("a section's name above the headline is not a masthead", () => {
    expect(pagePublisher({ aboveTitle: ["News"], furniture: ["News"] }, publishers)).toBeNull();
  });

  test("the registry's name for a short form or initials", () => {
    expect(registryName("BBC", publishers)).toBe("BBC News");
    expect(registryName("LGC", publishers)).toBe("Local Government Chronicle");
    expect(registryName("Anytown Gazette", publishers)).toBe("Anytown Gazette");
  });
});
