// Wires the client lifecycle: the writer and its commands.

import type ClientDeskPlugin from "../../main";
import { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { registerNewClient } from "./new-client";
import { registerClientStatus } from "./client-status";
import { registerNewRequest } from "./new-request";
import { registerTaskStatus } from "./task-status";
import { registerWorkflow } from "./workflow";
import { registerCommunication } from "./communication";
import { registerSubcontractors } from "./subcontractors";

export function setupLifecycle(plugin: ClientDeskPlugin): LifecycleWriter {
  const writer = new LifecycleWriter(plugin);
  plugin.lifecycle = writer;
  registerNewClient(plugin);
  registerClientStatus(plugin);
  registerNewRequest(plugin);
  registerTaskStatus(plugin);
  registerWorkflow(plugin);
  registerCommunication(plugin);
  registerSubcontractors(plugin);
  return writer;
}
