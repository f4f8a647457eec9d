// Wires weekly reports and the review: the scheduler (starts once the index is ready), the chart
// code block, the commands and the reports' settings section.

import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { ReportScheduler } from "./report-scheduler";
import { registerChartBlock } from "./chart-block";
import { registerReportCommands } from "./commands";
import { displayReportSettings } from "./report-settings";

export function setupReports(host: Host, lifecycle: LifecycleWriter): ReportScheduler {
  const scheduler = host.addChild(new ReportScheduler(host));
  registerChartBlock(host);
  registerReportCommands(host, scheduler, lifecycle);
  host.addSettingsSection((el) => displayReportSettings(el, host));
  return scheduler;
}
