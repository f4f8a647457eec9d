// English strings of calendars: .ics files read as busy time, the week and a meeting written as .ics.
export const calendarEn = {
  "diag.calendar-not-ics": "This file is not an iCalendar file: it does not begin with BEGIN:VCALENDAR. None of its events are shown.",
  "diag.calendar-line-invalid": "This line cannot be read as an iCalendar property (“{value}”); it is skipped.",
  "diag.calendar-truncated": "The {component} that begins here never ends: the file looks cut short. An event left open is not shown; the rest is.",
  "diag.calendar-time-invalid": "“{value}” is not a date or time this field can hold. The event is not shown.",
  "diag.calendar-zone-unknown": "The time zone “{value}” is not an IANA name, not a Windows zone name, and not defined in this file. The event is not shown rather than placed at a guessed time.",
  "diag.calendar-end-before-start": "The event ends ({end}) before it starts ({start}). It is not shown.",
  "diag.calendar-rule-unsupported": "The repeat rule part “{value}” is not supported: only the first occurrence is shown.",

  "settings.calendars.heading": "Calendars",
  "settings.calendarsFolder.name": "Calendars folder",
  "settings.calendarsFolder.desc": "Every .ics file in this folder is shown in the planner as busy time. Exported weeks and invitations go to its Exports subfolder, which is not read.",

  "planner.event.label": "{calendar}: {title}, {start}–{end}",
  "planner.event.all-day": "{calendar}: {title}, all day",
  "planner.event.free": "free",
  "planner.event.untitled": "Busy",
  "planner.block.busy": "Overlaps a calendar event",

  "command.export-week-ics": "Export the week as a calendar file (.ics)",
  "calendar.exported": "Wrote {count, plural, one {# block} other {# blocks}} of week {week} to {file}.",
  "calendar.export-empty": "Week {week} has no blocks to export.",
  "calendar.export-replace": "{file} was exported before. Replace it with this week's blocks as they are now? Re-importing it updates the events in your calendar app.",
  "calendar.export-replace.ok": "Replace",
  "calendar.export-exists": "{file} already exists and was not replaced.",
  "calendar.export-failed": "Could not write {file}: {reason}",
  "calendar.invite.save": "Save as invitation (.ics)",
  "calendar.invite.saved": "Saved the invitation to {file}.",
  "calendar.invite.times": "Times:",
  "calendar.block.description": "Planned in Client Desk. {client}",
} as const;
