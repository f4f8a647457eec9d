import { describe, expect, it } from "vitest";
import { contrastRatio, MIN_CONTRAST, readableColor, themeColors, themeContrast } from "../../../src/core/shared/colors";

describe("client colours readable in both themes", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // Known pair: #767676 on white is the classic 4.54:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("teal", "#ffffff")).toBeNaN();
  });

  it("lightens Brightloop's #264653 in the dark theme and keeps it in the light one", () => {
    expect(themeContrast("#264653", "dark")).toBeLessThan(MIN_CONTRAST);
    const dark = readableColor("#264653", "dark");
    expect(dark).not.toBe("#264653");
    expect(themeContrast(dark, "dark")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // The smallest step that is enough: one step less is not.
    expect(themeContrast(dark, "dark")).toBeLessThan(MIN_CONTRAST + 1.5);
    expect(readableColor("#264653", "light")).toBe("#264653");
  });

  it("darkens a pale colour in the light theme and keeps it in the dark one", () => {
    const light = readableColor("#F4E285", "light");
    expect(themeContrast(light, "light")).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(readableColor("#F4E285", "dark")).toBe("#f4e285");
  });

  it("gives every colour enough contrast in both themes", () => {
    for (const hex of ["#000000", "#ffffff", "#808080", "#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#0000ff", "#ffff00"]) {
      const both = themeColors(hex);
      expect(themeContrast(both.light, "light"), `${hex} light`).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(themeContrast(both.dark, "dark"), `${hex} dark`).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it("leaves anything but #rrggbb alone", () => {
    expect(readableColor("var(--color-blue)", "dark")).toBe("var(--color-blue)");
  });
});
