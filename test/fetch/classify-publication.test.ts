import { describe, expect, test } from "vitest";
import { classifyPublication } from "../../scripts/fetch/classify-publication.ts";

describe("classifyPublication", () => {
  test.each([
    ["Children's services inspection", "childrens-services-inspection"],
    ["Single inspection of LA children's services", "childrens-services-inspection"],
    ["Inspection of local authority children's services", "childrens-services-inspection"],
    ["Inspection of safeguarding and looked after children services", "childrens-services-inspection"],
    ["Children's services focused visit", "focused-visit"],
    ["Joint area child protection inspection", "jtai"],
    ["Joint targeted area inspection", "jtai"],
    ["Children's services monitoring visit", "monitoring-visit"],
    ["Monitoring visit of children's services", "monitoring-visit"],
    ["Area SEND full inspection", "area-send"],
    ["Area SEND revisit", "area-send"],
    ["Local area SEND inspection", "area-send"],
  ])("%j is %s", (label, type) => expect(classifyPublication(label)).toBe(type));

  // Labels on the same providers' timelines that are not children's services inspections.
  test.each([
    "Inspection of local authority arrangements for supporting school improvement",
    "Local authority fostering agency inspection",
    "Children's homes inspection",
    "Annual performance assessment letter",
  ])("%j is not fetched", (label) => expect(classifyPublication(label)).toBeNull());
});
