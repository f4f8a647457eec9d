// Where the agenda learns when each client last had a check-in and a feedback survey. The notes
// that record them belong to the client lifecycle (issue 6, items 6 and 10); until the index can
// answer `lastCheckin(key)` / `lastSurvey(key)`, every client reads as never checked in and never
// surveyed. This one file is what to rewire: the plugin and the CLI both take their sources here.

import type { AgendaSources } from "./agenda";
import type { VaultIndex } from "./vault-index";

export function checkinSources(index: VaultIndex): AgendaSources {
  void index;
  return { lastCheckin: () => null, lastSurvey: () => null };
}
