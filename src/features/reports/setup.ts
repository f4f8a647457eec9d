// Wires weekly reports and the review: the scheduler (starts once the index is ready), the chart
// code block and the commands.

import type ClientDeskPlugin from "../../main";
import { ReportScheduler } from "./report-scheduler";
import { registerChartBlock } from "./chart-block";
import { registerReportWriteDue } from "./report-write-due";
import { registerReportRegenerate } from "./report-regenerate";
import { registerReviewWrite } from "./review-write";

export function setupReports(plugin: ClientDeskPlugin): ReportScheduler {
  const scheduler = plugin.addChild(new ReportScheduler(plugin));
  registerChartBlock(plugin);
  registerReportWriteDue(plugin, scheduler);
  registerReportRegenerate(plugin);
  registerReviewWrite(plugin);
  return scheduler;
}
