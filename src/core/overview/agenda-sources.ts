// Where the agenda learns when each client last had a check-in and a feedback survey: the dated
// check-in and survey notes in each client folder, as the index reads them one file at a time.
// The plugin and the CLI both take their sources here.

import type { AgendaSources } from "./agenda";
import type { VaultIndex } from "../index/vault-index";

export function checkinSources(index: VaultIndex): AgendaSources {
  return { lastCheckin: (key) => index.lastCheckin(key), lastSurvey: (key) => index.lastSurvey(key) };
}
