import { describe, expect, test } from "vitest";
import { detectJtaiTheme } from "../../../scripts/pipeline/metadata/jtai-theme.ts";

describe("a joint targeted area inspection's theme", () => {
  test.each([
    ["Joint targeted area inspection of Anytown", "This letter summarises the findings of the joint targeted area inspection (JTAI) of the multi-agency response to serious youth violence in Anytown.", "serious-youth-violence"],
    ["Joint targeted area inspection of Anytown", "… of the multi-agency response to identification of initial need and risk (often referred to as the ‘front door’) in Anytown.", "front-door"],
    ["Joint targeted area inspection of Anytown", "… of the multi-agency response to children and families who need help in Anytown.", "early-help"],
    ["Joint targeted area inspection of the multi-agency response to children’s mental health in Anytown", "", "mental-health"],
    ["Joint targeted area inspection of the multi-agency response to sexual abuse in the family in Anytown", "", "sexual-abuse-in-the-family"],
    ["", "… of the multi-agency response to child sexual exploitation, children associated with gangs and children missing from home in Anytown.", "exploitation"],
    ["", "… of the multi-agency response to children who are victims of domestic abuse in Anytown.", "domestic-abuse"],
  ])("%s %s -> %s", (title, text, theme) => {
    expect(detectJtaiTheme(title, text)).toBe(theme);
  });

  test("an 'abuse and neglect' round takes its deep dive's theme", () => {
    const title = "Joint targeted area inspection of the multi-agency response to abuse and neglect in Anytown";
    expect(detectJtaiTheme(title, "This inspection included a ‘deep dive’ focus on the response to children living with domestic abuse.")).toBe("domestic-abuse");
    expect(detectJtaiTheme(title, "This inspection included a ‘deep-dive’ focus on the response to children experiencing neglect.")).toBe("neglect");
    expect(detectJtaiTheme(title, "No deep dive is named.")).toBeNull();
  });
});
