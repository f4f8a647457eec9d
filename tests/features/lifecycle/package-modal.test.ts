// Service packages on the fake Obsidian: "New package" writes a note that reads back, "New client"
// with that package lists its deliverables in the welcome packet, and a fixed-price client's package
// is drafted once by the invoices service, never twice.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { PackageModal } from "../../../src/features/lifecycle/package-modal";
import { NewClientModal } from "../../../src/features/lifecycle/new-client-modal";
import { NOW, top, start, fill, click, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

function type(modal: Shown, cls: string, value: string): void {
  const el = modal.contentEl.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`.client-desk-package-${cls}`);
  if (!el) throw new Error(`no field ${cls}`);
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
}

const PKG = "Client Desk/Packages/Social starter.md";

describe("New package", () => {
  it("refuses until every field is right, then writes the package note", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:new-package");
    const modal = top<PackageModal & Shown>();
    expect(modal).toBeInstanceOf(PackageModal);
    type(modal, "name", "Social starter");
    type(modal, "price", "4.505");
    type(modal, "currency", "AUD");
    click(modal, "Create package");
    const shown = [...modal.contentEl.querySelectorAll(".client-desk-setting-error")].map((e) => e.textContent).filter((x) => x !== "");
    expect(shown).toEqual(["The price is not an amount in AUD: 4.505.", "List at least one deliverable."]);
    expect(app.vault.getFileByPath(PKG)).toBeNull();
    type(modal, "price", "450");
    type(modal, "deliverables", "12 posts a month\nMonthly analytics\n");
    type(modal, "doneWhen", "All posts scheduled");
    type(modal, "recurring", "monthly");
    click(modal, "Create package");
    await vi.waitFor(() => expect(app.vault.getFileByPath(PKG)).not.toBeNull());
    expect(readFrontmatter(app.vault.contentOf(PKG)).data).toEqual({
      type: "package",
      name: "Social starter",
      price: 450,
      currency: "AUD",
      recurring: "monthly",
      deliverables: ["12 posts a month", "Monthly analytics"],
      done_when: "All posts scheduled",
    });
    expect(getNotices()).toContain(`Package created: ${PKG}`);
  });
});

describe("Edit package", () => {
  const note = "---\ntype: package\nname: Social starter\nprice: 450\ncurrency: AUD\nrecurring: once\ndeliverables:\n  - 12 posts a month\ndone_when: All posts scheduled\n---\n# Social starter\n\nWhat we agreed on the call.\n";

  it("is offered only on an open package note, shows its fields, and changes only them", async () => {
    const { app } = await start({ [PKG]: note, "Notes/Other.md": "# Other\n" });
    await app.workspace.openLinkText("Notes/Other.md", "", false);
    expect(app.commands.executeCommandById("client-desk:edit-package")).toBe(false);
    await app.workspace.openLinkText(PKG, "", false);
    await app.commands.run("client-desk:edit-package");
    const modal = top<PackageModal & Shown>();
    expect(modal.contentEl.querySelector<HTMLInputElement>(".client-desk-package-price")?.value).toBe("450.00");
    expect(modal.contentEl.querySelector<HTMLTextAreaElement>(".client-desk-package-deliverables")?.value).toBe("12 posts a month");
    // The name is the note's: not a field here.
    expect(modal.contentEl.querySelector(".client-desk-package-name")).toBeNull();
    type(modal, "price", "nine");
    click(modal, "Save package");
    expect([...modal.contentEl.querySelectorAll(".client-desk-setting-error")].map((e) => e.textContent).filter((x) => x !== "")).toEqual(["The price is not an amount in AUD: nine."]);
    type(modal, "price", "520");
    type(modal, "deliverables", "16 posts a month\nMonthly analytics");
    type(modal, "doneWhen", "");
    type(modal, "recurring", "monthly");
    click(modal, "Save package");
    await vi.waitFor(() => expect(app.vault.contentOf(PKG)).toContain("520"));
    const text = app.vault.contentOf(PKG);
    expect(readFrontmatter(text).data).toEqual({
      type: "package",
      name: "Social starter",
      price: 520,
      currency: "AUD",
      recurring: "monthly",
      deliverables: ["16 posts a month", "Monthly analytics"],
    });
    expect(text.endsWith("# Social starter\n\nWhat we agreed on the call.\n")).toBe(true);
    await vi.waitFor(() => expect(getNotices()).toContain(`Package updated: ${PKG}`));
  });
});

describe("a fixed-price client on a package", () => {
  const pkg = "---\ntype: package\nname: Social starter\nprice: 450\ncurrency: AUD\ndeliverables:\n  - 12 posts a month\n  - Monthly analytics\n---\n";

  it("gets the deliverables in the welcome packet and is invoiced the package once", async () => {
    const { app, plugin } = await start({ [PKG]: pkg });
    await app.commands.run("client-desk:new-client");
    const modal = top<NewClientModal & Shown>();
    fill(modal, "name", "Dune Studio");
    fill(modal, "timezone", "Australia/Sydney");
    fill(modal, "currency", "AUD");
    fill(modal, "billing", "fixed");
    fill(modal, "package", "Social starter");
    click(modal, "Create client");
    const welcome = "Clients/Dune Studio/Onboarding/Welcome packet.md";
    await vi.waitFor(() => expect(app.vault.getFileByPath(welcome)).not.toBeNull());
    await app.settle();
    expect(app.vault.contentOf(welcome)).toContain("## Your package: Social starter\n\n- 12 posts a month\n- Monthly analytics\n\nPrice: A$450.00\n");

    const r = plugin.invoices.draft("Dune Studio", null);
    if (!r?.ok) throw new Error(JSON.stringify(r));
    expect(r.draft.lines.map((l) => [l.kind, l.text, l.amount])).toEqual([["package", "Social starter", 45000]]);
    const made = await plugin.invoices.create(r.draft);
    if (!made.ok) throw new Error(made.key);
    await app.settle();
    expect(app.vault.contentOf(made.path)).toContain("- 12 posts a month");
    const again = plugin.invoices.draft("Dune Studio", null);
    expect(again?.ok).toBe(false);
  });
});
