// Wires the client lifecycle: the writer and its commands.

import type ClientDeskPlugin from "../main";
import { LifecycleWriter } from "./lifecycle-writer";
import { registerNewClient } from "../commands/new-client";
import { registerClientStatus } from "../commands/client-status";
import { registerNewRequest } from "../commands/new-request";
import { registerTaskStatus } from "../commands/task-status";
import { registerWorkflow } from "../commands/workflow";
import { registerCommunication } from "../commands/communication";
import { registerSubcontractors } from "../commands/subcontractors";

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
