// chart.js with only the parts a bar chart needs, registered on first use rather than when main.js
// loads (nothing costly at module top level): the planner's summary and the report's chart block.

import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

let registered = false;

/** chart.js's Chart, its bar chart parts registered. */
export function barChart(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
    registered = true;
  }
  return Chart;
}
