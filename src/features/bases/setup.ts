// Wires the Bases views: the "Add Bases views" command.

import type { Host } from "../../ui/host";
import { registerBasesCommands } from "./commands";

export function setupBases(host: Host): void {
  registerBasesCommands(host);
}
