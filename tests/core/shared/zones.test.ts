import { describe, expect, it } from "vitest";
import { isValidZone, offsetAt, resolveZone, systemZone } from "../../../src/core/shared/zones";

describe("isValidZone", () => {
  it.each(["Asia/Ho_Chi_Minh", "Australia/Sydney", "Europe/London", "America/New_York", "America/Argentina/Buenos_Aires", "UTC"])(
    "%s is a zone",
    (z) => {
      expect(isValidZone(z)).toBe(true);
    },
  );

  it.each(["Mars/Base", "UTC+7", "GMT+07:00", "+07:00", "asia/ho chi minh", "", "Asia/Ho_Chi_Minh ", "../etc/passwd"])(
    "%j is not",
    (z) => {
      expect(isValidZone(z)).toBe(false);
    },
  );
});

describe("offsetAt", () => {
  it.each<[string, string, number]>([
    ["Asia/Ho_Chi_Minh", "2026-07-01T00:00Z", 420],
    ["Australia/Sydney", "2026-07-01T00:00Z", 600],
    ["Australia/Sydney", "2026-01-01T00:00Z", 660],
    ["Europe/London", "2026-01-01T00:00Z", 0],
    ["Europe/London", "2026-07-01T00:00Z", 60],
    ["America/New_York", "2026-01-01T00:00Z", -300],
    ["Asia/Kathmandu", "2026-01-01T00:00Z", 345],
    // The switch instants themselves: the new offset applies from that instant.
    ["Australia/Sydney", "2026-10-03T16:00Z", 660],
    ["Australia/Sydney", "2026-10-03T15:59:59.999Z", 600],
    ["America/New_York", "2026-11-01T06:00Z", -300],
    ["America/New_York", "2026-11-01T05:59:59.999Z", -240],
  ])("%s at %s is %d minutes", (zone, iso, offset) => {
    expect(offsetAt(zone, Date.parse(iso))).toBe(offset);
  });
});

describe("resolveZone", () => {
  it("keeps a valid setting and falls back to the system zone otherwise", () => {
    expect(resolveZone("Australia/Sydney")).toBe("Australia/Sydney");
    expect(isValidZone(systemZone())).toBe(true);
    expect(resolveZone("")).toBe(systemZone());
    expect(resolveZone("Mars/Base")).toBe(systemZone());
  });
});
