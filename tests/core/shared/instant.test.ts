import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatInstant, parseInstant } from "../../../src/core/shared/instant";
import { FIRST_WALL, LAST_WALL, RUNS, instantArb } from "../support/arbitraries";

const MIN = 60_000;

describe("parseInstant", () => {
  it.each<[string, number, number]>([
    ["2026-11-23T09:00+07:00", Date.UTC(2026, 10, 23, 2, 0), 420],
    ["2026-11-23T13:05:30+07:00", Date.UTC(2026, 10, 23, 6, 5, 30), 420],
    ["2026-11-23T13:05:30.250+07:00", Date.UTC(2026, 10, 23, 6, 5, 30, 250), 420],
    ["2026-11-23T13:05:30.5+07:00", Date.UTC(2026, 10, 23, 6, 5, 30, 500), 420],
    ["2026-11-23T13:05:30.05+07:00", Date.UTC(2026, 10, 23, 6, 5, 30, 50), 420],
    ["2026-11-23T09:00Z", Date.UTC(2026, 10, 23, 9, 0), 0],
    ["2026-10-04T01:30+10:00", Date.UTC(2026, 9, 3, 15, 30), 600],
    ["2026-03-08T01:30-05:00", Date.UTC(2026, 2, 8, 6, 30), -300],
    ["2026-01-01T00:00+05:45", Date.UTC(2025, 11, 31, 18, 15), 345],
    ["2024-02-29T12:00+14:00", Date.UTC(2024, 1, 28, 22, 0), 840],
    ["2000-02-29T00:00-12:00", Date.UTC(2000, 1, 29, 12, 0), -720],
  ])("%s", (text, ms, offset) => {
    expect(parseInstant(text)).toEqual({ ms, offset });
  });

  it("reads years before 100 as written, not as 19xx", () => {
    const at = parseInstant("0050-03-01T00:00Z");
    expect(at).not.toBeNull();
    expect(new Date(at!.ms).getUTCFullYear()).toBe(50);
    expect(new Date(parseInstant("0000-02-29T10:00Z")!.ms).toISOString()).toBe("0000-02-29T10:00:00.000Z");
  });

  it.each([
    "2026-02-30T09:00+07:00",
    "2026-02-29T09:00+07:00",
    "1900-02-29T09:00Z",
    "2026-04-31T09:00Z",
    "2026-13-01T09:00Z",
    "2026-00-10T09:00Z",
    "2026-11-00T09:00Z",
    "2026-11-23T24:00Z",
    "2026-11-23T09:60Z",
    "2026-11-23T09:00:60Z",
    "2026-11-23T09:00",
    "2026-11-23 09:00+07:00",
    "2026-11-23T9:00+07:00",
    "2026-11-23T09:00+0700",
    "2026-11-23T09:00+7:00",
    "2026-11-23T09:00+19:00",
    "2026-11-23T09:00+07:60",
    "2026-11-23T09:00:00.1234Z",
    "2026-11-23T09:00.5Z",
    "2026-11-23",
    " 2026-11-23T09:00Z",
    "2026-11-23T09:00Z ",
    "tomorrow",
    "",
  ])("rejects %j", (text) => {
    expect(parseInstant(text)).toBeNull();
  });
});

describe("formatInstant", () => {
  it("writes minutes unless seconds or milliseconds are set, and always the offset", () => {
    const ms = Date.UTC(2026, 10, 23, 2, 0);
    expect(formatInstant(ms, 420)).toBe("2026-11-23T09:00+07:00");
    expect(formatInstant(ms + 30_000, 420)).toBe("2026-11-23T09:00:30+07:00");
    expect(formatInstant(ms + 7, 420)).toBe("2026-11-23T09:00:00.007+07:00");
    expect(formatInstant(ms, 0)).toBe("2026-11-23T02:00+00:00");
    expect(formatInstant(ms, -570)).toBe("2026-11-22T16:30-09:30");
    expect(formatInstant(ms, -30)).toBe("2026-11-23T01:30-00:30");
  });

  it("writes the local date of the offset, across midnight and the year", () => {
    expect(formatInstant(Date.UTC(2026, 11, 31, 17, 30), 420)).toBe("2027-01-01T00:30+07:00");
    expect(formatInstant(Date.UTC(2027, 0, 1, 5, 0), -300)).toBe("2027-01-01T00:00-05:00");
  });
});

describe("instant round trip", () => {
  it("parseInstant(formatInstant(ms, offset)) gives back ms and offset", () => {
    fc.assert(
      fc.property(instantArb, ({ ms, offset }) => {
        const text = formatInstant(ms, offset);
        expect(parseInstant(text)).toEqual({ ms, offset });
      }),
      RUNS,
    );
  });

  it("formatInstant(parseInstant(text)) gives back canonical text", () => {
    fc.assert(
      fc.property(instantArb, ({ ms, offset }) => {
        const text = formatInstant(ms, offset);
        const back = parseInstant(text)!;
        expect(formatInstant(back.ms, back.offset)).toBe(text);
      }),
      RUNS,
    );
  });

  it("the same instant under two offsets parses to the same ms", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: -720, max: 840 }), ({ ms, offset }, other) => {
        fc.pre(ms + other * MIN >= FIRST_WALL && ms + other * MIN <= LAST_WALL);
        const a = parseInstant(formatInstant(ms, offset))!;
        const b = parseInstant(formatInstant(ms, other))!;
        expect(a.ms).toBe(b.ms);
        expect(b.offset).toBe(other);
      }),
      RUNS,
    );
  });

  it("durations between parsed instants are exact to the millisecond", () => {
    fc.assert(
      fc.property(instantArb, fc.integer({ min: 0, max: 100 * 24 * 60 * MIN }), ({ ms, offset }, d) => {
        fc.pre(ms + d + offset * MIN <= LAST_WALL);
        const a = parseInstant(formatInstant(ms, offset))!;
        const b = parseInstant(formatInstant(ms + d, offset))!;
        expect(b.ms - a.ms).toBe(d);
      }),
      RUNS,
    );
  });
});
