// src/adapter/real-path.ts on a fake desktop vault over a real temporary folder: a path is inside the
// vault when the real path of its deepest existing part is; links out are refused, links within
// allowed; no check on mobile or with another adapter.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { App, FileSystemAdapter, setPlatform } from "../fake/obsidian";
import { OutsideVaultError, assertInsideVault, isInsideVault } from "../../src/adapter/real-path";
import { realDisk } from "./real-disk";

function desktopVault() {
  const disk = realDisk();
  disk.folder("Notes");
  disk.folder("Real/Inner");
  disk.link("Reports", disk.outside);
  disk.link("Shared", join(disk.vault, "Real"));
  const app = new App({ basePath: disk.vault });
  return { disk, app };
}

describe("isInsideVault on desktop", () => {
  it("builds on a FileSystemAdapter whose base path is the temporary vault", () => {
    const { disk, app } = desktopVault();
    expect(app.vault.adapter).toBeInstanceOf(FileSystemAdapter);
    expect((app.vault.adapter as FileSystemAdapter).getBasePath()).toBe(disk.vault);
  });

  it("refuses a path under a folder that is a symbolic link to outside the vault", () => {
    const { app } = desktopVault();
    expect(isInsideVault(app, "Reports/2026-W48.md")).toBe(false);
    expect(isInsideVault(app, "Reports")).toBe(false);
  });

  it("allows a symbolic link to another folder inside the vault", () => {
    const { app } = desktopVault();
    expect(isInsideVault(app, "Shared/Inner/note.md")).toBe(true);
    expect(isInsideVault(app, "Shared/new/deeper/note.md")).toBe(true);
  });

  it("judges missing folders by the nearest existing ancestor", () => {
    const { app } = desktopVault();
    expect(isInsideVault(app, "Notes/a/b/c/note.md")).toBe(true);
    expect(isInsideVault(app, "Brand new/a/note.md")).toBe(true);
    expect(isInsideVault(app, "Reports/a/b/c/note.md")).toBe(false);
  });

  it("refuses a path with ..", () => {
    const { app } = desktopVault();
    expect(isInsideVault(app, "../outside/note.md")).toBe(false);
    expect(isInsideVault(app, "Notes/../Notes/note.md")).toBe(false);
  });

  it("refuses a note that is itself a link to a file outside, and a link that leads nowhere", () => {
    const { disk, app } = desktopVault();
    writeFileSync(join(disk.outside, "secret.md"), "x");
    symlinkSync(join(disk.outside, "secret.md"), join(disk.vault, "Notes", "secret.md"));
    symlinkSync(join(disk.root, "nowhere"), join(disk.vault, "Gone"));
    expect(isInsideVault(app, "Notes/secret.md")).toBe(false);
    expect(isInsideVault(app, "Gone/note.md")).toBe(false);
    expect(isInsideVault(app, "Notes/plain.md")).toBe(true);
  });

  it("follows a vault whose base path is itself a link", () => {
    const disk = realDisk();
    mkdirSync(join(disk.vault, "Notes"));
    symlinkSync(disk.vault, join(disk.root, "vault-link"));
    const app = new App({ basePath: join(disk.root, "vault-link") });
    expect(isInsideVault(app, "Notes/note.md")).toBe(true);
    expect(isInsideVault(app, "")).toBe(true);
  });
});

describe("assertInsideVault", () => {
  it("throws an OutsideVaultError with its key, the path and the message", () => {
    const { app } = desktopVault();
    let thrown: unknown = null;
    try {
      assertInsideVault(app, "Reports/2026-W48.md");
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(OutsideVaultError);
    const e = thrown as OutsideVaultError;
    expect(e.key).toBe("real-path.write-outside");
    expect(e.params).toEqual({ path: "Reports/2026-W48.md" });
    expect(e.message).toBe("Refused to write Reports/2026-W48.md: its real location is outside the vault (a symbolic link points elsewhere). Nothing was written.");
    expect(() => assertInsideVault(app, "Notes/fine.md")).not.toThrow();
  });

  it("says a template read, in the language asked", () => {
    const { app } = desktopVault();
    expect(() => assertInsideVault(app, "Reports/Check-in.md", { read: true })).toThrow(/Refused to read the template Reports\/Check-in.md/);
    expect(() => assertInsideVault(app, "Reports/x.md", { language: "vi" })).toThrow("Không ghi Reports/x.md: vị trí thật của nó nằm ngoài kho");
  });
});

describe("where there is nothing to check", () => {
  it("takes the path as it is on mobile", () => {
    const { app } = desktopVault();
    setPlatform("phone");
    expect(isInsideVault(app, "Reports/2026-W48.md")).toBe(true);
    setPlatform("desktop");
    expect(isInsideVault(app, "Reports/2026-W48.md")).toBe(false);
  });

  it("takes the path as it is with an adapter other than FileSystemAdapter", () => {
    const app = new App();
    expect(app.vault.adapter).not.toBeInstanceOf(FileSystemAdapter);
    expect(isInsideVault(app, "Reports/2026-W48.md")).toBe(true);
    expect(isInsideVault(app, "../x.md")).toBe(true);
  });
});
