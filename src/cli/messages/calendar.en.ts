// English messages of the command line: calendars (`ics`, and the events in `week`).
export const cliCalendarEn = {
  "cli.usage.ics": [
    "  ics --vault DIR --week 2026-W49 [--client NAME] [--out FILE]",
    "                             The week's planned blocks (or one client's) as an .ics calendar file (on stdout without --out).",
  ].join("\n"),
  "ics.cli.week-missing": "Give the week to write: client-desk ics --week 2026-W49 --vault DIR.",
  "ics.cli.exists": "{path} already exists; give another --out file.",
  "ics.cli.wrote": "Wrote {count, plural, one {# block} other {# blocks}} of week {week} to {file}.",
  "cli.week.event": "calendar",
  "cli.week.free": "free",
  "cli.week.busy": "on a calendar event",
  "cli.week.all-day": "all day",
} as const;
