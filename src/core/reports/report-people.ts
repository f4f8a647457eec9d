// Who did the work, for a client's weekly report (docs/team.md): with the client note's
// `report_names_people: true` and a team, the report names each person with their tracked hours.
// Off by default: a report then reads as it always did.

import type { Entry } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { rawMs } from "../billing/rounding";
import { personOf } from "../time/team";

export interface ReportPerson {
  name: string;
  rawMs: number;
}

/** The report's people, most hours first; undefined when the client does not ask or there is no team. */
export function reportPeople(index: VaultIndex, clientKey: string, entries: readonly Entry[]): ReportPerson[] | undefined {
  if (index.invoices.clientFields(clientKey).reportNamesPeople !== true || !index.team.active()) return undefined;
  const byKey = new Map<string, number>();
  for (const e of entries) {
    const key = personOf(e, index);
    byKey.set(key, (byKey.get(key) ?? 0) + rawMs(e));
  }
  return [...byKey]
    .map(([key, ms]) => ({ name: index.team.find(key)?.name ?? key, rawMs: ms }))
    .sort((a, b) => b.rawMs - a.rawMs || a.name.localeCompare(b.name));
}
