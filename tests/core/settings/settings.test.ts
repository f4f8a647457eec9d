// One reading of stored settings for the plugin and the CLI: valid values kept, every bad value
// replaced by its default and named in a problem.
import { describe, expect, it } from "vitest";
import { indexOptions, readSettings, userHours, userZone } from "../../../src/core/settings/settings";
import { DEFAULT_SETTINGS } from "../../../src/core/shared/types";
import { systemZone } from "../../../src/core/shared/zones";

describe("readSettings", () => {
  it("gives the defaults and no problem for nothing stored, or for something that is not an object", () => {
    for (const raw of [undefined, null, {}, [], "text", 3]) {
      const r = readSettings(raw);
      expect(r.settings).toEqual(DEFAULT_SETTINGS);
      expect(r.problems).toEqual([]);
    }
  });

  it("keeps every valid value", () => {
    const stored = {
      clientsRoot: "Work/Clients",
      plannerFolder: "Plan",
      timeZone: "Asia/Ho_Chi_Minh",
      workingHours: "08:30-17:30",
      workingDays: ["mon", "tue", "sat"],
      homeCurrency: "VND",
      weekStart: "sun",
      language: "vi",
      idleHours: 4,
      pomodoro: true,
      pomodoroWork: 50,
      pomodoroBreak: 10,
      plannerBuffer: 0,
      reviewFolder: "Reviews/2026",
      capacityHours: 30,
      conversionRates: ["AUD=16500 VND since 2026-10-01"],
      businessName: "Linh",
      invoiceNumberPattern: "{YYYY}-{seq:3}",
    };
    const r = readSettings(stored);
    expect(r.problems).toEqual([]);
    expect(r.settings).toEqual({ ...DEFAULT_SETTINGS, ...stored });
  });

  it("strips a folder's outer slashes and refuses one that could leave the vault", () => {
    const r = readSettings({ clientsRoot: "/Clients/", plannerFolder: "../Plan", templatesFolder: "C:\\Templates", reviewFolder: "a\\..\\b" });
    expect(r.settings.clientsRoot).toBe("Clients");
    expect(r.settings.plannerFolder).toBe(DEFAULT_SETTINGS.plannerFolder);
    expect(r.settings.templatesFolder).toBe(DEFAULT_SETTINGS.templatesFolder);
    expect(r.settings.reviewFolder).toBe(DEFAULT_SETTINGS.reviewFolder);
    expect(r.problems.map((p) => p.field)).toEqual(["plannerFolder", "templatesFolder", "reviewFolder"]);
  });

  it("names each bad value with the default used instead", () => {
    const r = readSettings({
      timeZone: "UTC+7",
      workingHours: "nine to five",
      workingDays: [],
      homeCurrency: "aud",
      weekStart: "monday",
      language: "fr",
      idleHours: 0,
      pomodoro: "yes",
      capacityHours: 500,
      conversionRates: "AUD=1",
      invoiceNumberPattern: "INV",
    });
    expect(r.settings).toEqual(DEFAULT_SETTINGS);
    expect(r.problems).toEqual([
      { field: "idleHours", value: "0", fallback: "10" },
      { field: "capacityHours", value: "500", fallback: "40" },
      { field: "timeZone", value: "UTC+7", fallback: "(empty)" },
      { field: "workingHours", value: "nine to five", fallback: "09:00-17:00" },
      { field: "workingDays", value: "[]", fallback: "mon, tue, wed, thu, fri" },
      { field: "homeCurrency", value: "aud", fallback: "USD" },
      { field: "weekStart", value: "monday", fallback: "mon" },
      { field: "language", value: "fr", fallback: "auto" },
      { field: "pomodoro", value: "yes", fallback: "false" },
      { field: "conversionRates", value: "AUD=1", fallback: "" },
      { field: "invoiceNumberPattern", value: "INV", fallback: "INV-{YYYY}-{seq:4}" },
    ]);
  });
});

describe("the user's zone, hours and index options", () => {
  it("take the setting, or the system's zone when it is empty", () => {
    expect(userZone({ timeZone: "Australia/Sydney" })).toBe("Australia/Sydney");
    expect(userZone({ timeZone: "" })).toBe(systemZone());
    expect(userHours({ workingHours: "07:15-15:45" })).toEqual({ start: 435, end: 945 });
    expect(userHours({ workingHours: "bad" })).toEqual({ start: 540, end: 1020 });
    expect(indexOptions({ ...DEFAULT_SETTINGS, clientsRoot: "C", plannerFolder: "P", timeZone: "Europe/London", homeCurrency: "GBP" })).toEqual({
      clientsRoot: "C",
      plannerFolder: "P",
      calendarsFolder: "Calendars",
      timezone: "Europe/London",
      currency: "GBP",
    });
  });
});
