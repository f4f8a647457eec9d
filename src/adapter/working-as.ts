// Who this device works as (docs/team.md): a person's key or name, kept on this device only
// (app.saveLocalStorage, like the device's name), never in the vault, never synced. Empty: the
// owner, or with no people notes the VA alone.

import type { App } from "obsidian";
import type { VaultIndex } from "../core/index/vault-index";
import { whoIs, type WhoResult } from "../core/time/team";

const AS_KEY = "client-desk-as";

export function workingAsName(app: App): string {
  const v: unknown = app.loadLocalStorage(AS_KEY);
  return typeof v === "string" ? v.trim() : "";
}

export function setWorkingAsName(app: App, name: string): void {
  const clean = name.trim();
  app.saveLocalStorage(AS_KEY, clean === "" ? null : clean);
}

/** The person this device works as, or the name that finds nobody. */
export function workingAs(app: App, index: VaultIndex): WhoResult {
  return whoIs(index, workingAsName(app));
}

/** True when this device may issue invoices, record payments and edit clients' billing: the owner's (or a VA alone). */
export function mayHandleMoney(app: App, index: VaultIndex): boolean {
  const r = workingAs(app, index);
  return r.ok && (r.person === null || r.person.role === "owner");
}
