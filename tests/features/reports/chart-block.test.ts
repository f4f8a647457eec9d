// The `client-desk-chart` code block on the fake Obsidian: a malformed block says what is wrong, a
// valid one draws in a child unloaded with the block.
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderCodeBlock } from "../../fake/obsidian";
import { boot } from "./report-app";

afterEach(() => {
  vi.useRealTimers();
});

describe("the chart code block", () => {
  it("a malformed block shows what is wrong, line by line, and no chart", async () => {
    await boot("2026-11-26T10:00+07:00");
    const r = await renderCodeBlock("client-desk-chart", "type: pie\nlabels: A | B\nseries: Hours | 1");
    expect(r.el.querySelector("canvas")).toBeNull();
    expect([...r.el.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Line 1: type must be bar, not “pie”.", "Line 3: series “Hours” has 1 values for 2 labels."]);
    expect(r.el.querySelector(".client-desk-chart-error-title")?.textContent).toBe("This chart block cannot be drawn");
    r.unload();
  });

  it("a valid block gets a canvas inside a child that is unloaded with the block", async () => {
    await boot("2026-11-26T10:00+07:00");
    const r = await renderCodeBlock("client-desk-chart", "type: bar\nlabels: Mon | Tue\nseries: Hours | 1.5 | 2");
    expect(r.el.querySelector(".client-desk-chart canvas")).not.toBeNull();
    const children = (r.component as unknown as { _children: { chart: unknown; _loaded: boolean }[] })._children;
    expect(children).toHaveLength(1);
    r.unload();
    expect(children[0]._loaded).toBe(false);
    expect(children[0].chart).toBeNull();
  });
});
