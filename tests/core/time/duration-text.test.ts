// Durations as the timer and the CLI show them (src/core/time/duration-text.ts).
import { describe, expect, it } from "vitest";
import { clockText, hoursMinutes, hoursText, numberText } from "../../../src/core/time/duration-text";

describe("duration text", () => {
  it("formats the clock, hours and the burn", () => {
    expect(clockText(3_723_000)).toBe("1:02:03");
    expect(clockText(59_999)).toBe("0:00:59");
    expect(hoursText(12.56 * 3_600_000, "en")).toBe("12.5");
    expect(hoursText(12.56 * 3_600_000, "vi")).toBe("12,5");
    expect(hoursText(20 * 3_600_000, "en")).toBe("20");
  });

  it("negative durations show as nothing; numbers keep two decimals in the language's mark", () => {
    expect(clockText(-5_000)).toBe("0:00:00");
    expect(hoursMinutes(125 * 60_000 + 59_999)).toEqual({ h: 2, m: 5 });
    expect(hoursMinutes(-1)).toEqual({ h: 0, m: 0 });
    expect(numberText(12.5, "vi")).toBe("12,5");
    expect(numberText(20, "en")).toBe("20");
    expect(numberText(1 / 3, "en")).toBe("0.33");
  });
});
