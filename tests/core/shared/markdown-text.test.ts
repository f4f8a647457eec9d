// Typed text in generated notes: the same words, never a new block, HTML or hidden text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inlineText, tableCell, textLine } from "../../../src/core/shared/markdown-text";

const hostile = fc.string({ unit: fc.constantFrom("#", ">", "-", "+", "*", "|", "<", "/", "%", "=", "`", "~", "1", ".", ")", "\n", "\r", " ", "a", "[", "!", "\u2028") });

describe("text placed in generated notes", () => {
  it("keeps ordinary words as they are", () => {
    expect(inlineText("Harbour Goods, 12 Pitt St")).toBe("Harbour Goods, 12 Pitt St");
    expect(textLine("Clara Whitfield")).toBe("Clara Whitfield");
    expect(tableCell("Newsletter")).toBe("Newsletter");
    expect(textLine("Level 3 - Suite 4")).toBe("Level 3 - Suite 4");
  });

  it("turns markup into text that reads the same", () => {
    expect(textLine("# Paid in full")).toBe("\\# Paid in full");
    expect(textLine("- item")).toBe("\\- item");
    expect(textLine("1. first")).toBe("\\1. first");
    expect(textLine("---")).toBe("\\---");
    expect(textLine("> quote")).toBe("&gt; quote");
    expect(inlineText("</td><script>alert(1)</script>")).toBe("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(inlineText("a\n## Heading\r\nb")).toBe("a ## Heading b");
    expect(inlineText("50%% off")).toBe("50%\\% off");
    expect(inlineText("%%%")).toBe("%\\%\\%");
    expect(tableCell("a | b")).toBe("a \\| b");
  });

  it("never gives a line break, HTML, a comment, or a line that starts a block", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        for (const out of [inlineText(text), textLine(text), tableCell(text)]) {
          expect(out).not.toMatch(/[\r\n\u2028<]/);
          expect(out).not.toContain("%%");
        }
        expect(textLine(text)).not.toMatch(/^(?:[#>+*=|`~<-]|\d{1,9}[.)](?:\s|$)|\[!)/);
        expect(tableCell(text).replace(/\\\|/g, "")).not.toContain("|");
      }),
    );
  });
});
