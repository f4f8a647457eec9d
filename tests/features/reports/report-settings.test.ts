// The reports' settings section on the fake Obsidian: conversion rates checked as typed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { boot } from "./report-app";

afterEach(() => {
  vi.useRealTimers();
});

describe("settings", () => {
  it("conversion rates are checked as typed: each bad line named, nothing saved until all read", async () => {
    const { app, plugin } = await boot("2026-11-26T10:00+07:00");
    const tab = app.setting.openTabById("client-desk")!;
    const area = tab.containerEl.querySelector<HTMLTextAreaElement>("textarea.client-desk-conversionRates")!;
    const before = [...plugin.settings.conversionRates];
    area.value = "AUD=16500 VND since 2026-10-01\nGBP=33000 USD since 2026-10-01\nEUR 27000";
    area.dispatchEvent(new Event("input", { bubbles: true }));
    const errors = [...area.closest(".setting-item")!.querySelectorAll(".client-desk-setting-error div")].map((d) => d.textContent);
    expect(errors).toEqual([
      "Conversion rate 2 “GBP=33000 USD since 2026-10-01” converts to USD, not to your home currency VND.",
      "Conversion rate 3 “EUR 27000” is not like “AUD=16500 VND since 2026-10-01”.",
    ]);
    expect(plugin.settings.conversionRates).toEqual(before);
    area.value = "AUD=16000 VND since 2026-12-01\n\nGBP=33000 VND since 2026-10-01";
    area.dispatchEvent(new Event("input", { bubbles: true }));
    await app.settle();
    expect(plugin.settings.conversionRates).toEqual(["AUD=16000 VND since 2026-12-01", "GBP=33000 VND since 2026-10-01"]);
  });
});
