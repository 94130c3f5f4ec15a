import { describe, expect, test } from "vitest";
import { detectInspectionType } from "../../../scripts/pipeline/metadata/detect-inspection.ts";

describe("the inspection type", () => {
  test.each([
    ["Inspection of children’s social care services", "ilacs"],
    ["Tameside metropolitan borough: Inspection of local authority children’s social care services", "ilacs"],
    ["Inspection of services for children in need of help and protection, children looked after and care leavers", "sif"],
    ["Review of the effectiveness of the Local Safeguarding Children Board", "sif"],
    ["Focused visit to Anytown children’s services", "focused-visit"],
    ["Monitoring visit to Anytown children’s services", "monitoring-visit"],
    ["Joint targeted area inspection of Anytown", "jtai"],
  ])("%s -> %s", (title, type) => {
    expect(detectInspectionType(title, "")).toBe(type);
  });

  test("the frameworks before November 2013 have no type of their own", () => {
    expect(detectInspectionType("Inspection of looked after children services", "This report also mentions a monitoring visit.")).toBeNull();
    expect(detectInspectionType("Inspection of safeguarding and looked after children services", "")).toBeNull();
  });

  test("without a telling title, the earliest telling phrase of the head decides", () => {
    const head = "London Borough of Anytown\n\nRe-inspection of services for children in need of help and protection, children looked after and care leavers\n\nThe authority has had seven monitoring visits.";
    expect(detectInspectionType("London Borough of Anytown", head)).toBe("sif");
  });
});
