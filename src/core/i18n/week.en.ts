// English strings of the week planner (view model and `client-desk week`).
export const weekEn = {
  "cli.usage.week": [
    "  week --vault DIR [--week 2026-W48]",
    "                             The week: planned blocks and tracked time per day, totals per client.",
  ].join("\n"),
  "cli.error.week-invalid": "--week needs an ISO week such as 2026-W48, not “{value}”.",
  "cli.week.title": "Week {week} ({from} – {to}), {zone}",
  "cli.week.day": "{weekday} {date}",
  "cli.week.today": "(today)",
  "cli.week.empty": "nothing planned or tracked",
  "cli.week.planned": "planned",
  "cli.week.tracked": "tracked",
  "cli.week.running": "running",
  "cli.week.outside": "outside client hours",
  "cli.week.tight": "less than {minutes} min to the next block",
  "cli.week.totals": "Per client: planned, tracked, billed",
  "cli.week.total": "Total",
  "cli.week.client-local": "{time} there ({offset})",
  "cli.week.no-clients": "No clients this week.",
} as const;
