// A small vault for the import tests: Linh's three clients, and helpers to read the CSV fixtures
// and to apply planned appends to an in-memory set of files.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { decodeCsvBytes } from "../../../src/core/time/csv";
import type { AppendPlan } from "../../../src/core/time/import/plan";
import { CLIENTS, clientNotePath, note, testIndex, ZONES } from "../../support/vault";

export const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };

export const CLIENT_FILES: Record<string, string> = {
  [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour, "rounding: 15 up"]),
  [clientNotePath("Clara Whitfield Coaching")]: note(["timezone: Europe/London", "currency: GBP", "rate: 32.50"]),
  [clientNotePath("Brightloop")]: note(["name: Brightloop", ...CLIENTS.brightloop]),
};

export function fixtureBytes(name: string): Uint8Array {
  // The repository root: vitest runs there (import.meta.url is not a file URL under happy-dom).
  return readFileSync(join(process.cwd(), "tests", "fixtures", "csv", name));
}

export function fixtureText(name: string): string {
  return decodeCsvBytes(fixtureBytes(name));
}

/** An index over `files` (path → text), for a user in `zone`. */
export function indexOf(files: Record<string, string>, zone: string = ZONES.hcm): VaultIndex {
  return testIndex(files, { timeZone: zone });
}

/** Writes each plan's `after` into `files` and feeds the index. */
export function apply(files: Record<string, string>, index: VaultIndex, plans: AppendPlan[]): void {
  for (const p of plans) {
    files[p.path] = p.after;
    index.setFile(p.path, p.after);
  }
}
