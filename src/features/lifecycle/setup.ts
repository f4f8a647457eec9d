// Wires the client lifecycle: the writer, its commands and its settings section.

import type { Host } from "../../ui/host";
import { LifecycleWriter } from "../../adapter/lifecycle-writer";
import type { TimerService } from "../timer/timer-service";
import { registerNewClient, registerNewRequest } from "./commands";
import { registerClientStatus } from "./client-status";
import { registerTaskStatus } from "./task-status";
import { registerWorkflow } from "./workflow";
import { registerCommunication } from "./communication";
import { registerSubcontractors } from "./subcontractors";
import { displayLifecycleSettings } from "./lifecycle-settings";
import { registerNewPackage } from "./package-modal";

export function setupLifecycle(host: Host, timer: TimerService): LifecycleWriter {
  const writer = new LifecycleWriter(host);
  registerNewClient(host, writer);
  registerClientStatus(host, writer);
  registerNewRequest(host, writer);
  registerTaskStatus(host, writer, timer);
  registerWorkflow(host, writer);
  registerCommunication(host, writer);
  registerSubcontractors(host, writer, timer);
  registerNewPackage(host);
  host.addSettingsSection((el) => displayLifecycleSettings(el, host));
  return writer;
}
