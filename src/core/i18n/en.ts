// English catalog. Keys are the source of truth: vi.ts must have every one (the compiler checks).
// Placeholders are {name}; the same names must appear in every language.

import { timerEn } from "./timer.en";
import { importEn } from "./import.en";
import { agendaEn } from "./agenda.en";
import { plannerExtrasEn } from "./planner-extras.en";
import { plannerEn } from "./planner.en";
import { lifecycleEn } from "./lifecycle.en";
import { reportEn } from "./report.en";
import { invoiceEn } from "./invoice.en";
import { entryIdsEn } from "./entry-ids.en";
import { forecastEn } from "./forecast.en";
import { invoiceLifecycleEn } from "./invoice-lifecycle.en";
import { realPathEn } from "./real-path.en";
import { yamlEn } from "./yaml.en";
import { invoiceListEn } from "./invoice-list.en";
import { calendarEn } from "./calendar.en";
import { flowsEn } from "./flows.en";
import { basesEn } from "./bases.en";
import { teamEn } from "./team.en";
import { joinCatalogs } from "./catalog";

const base = {
  "plugin.name": "Client Desk",

  "command.check-data": "Check client data",
  "command.open-diagnostics": "Open client data problems",

  "ribbon.open": "Client Desk: check client data",

  "notice.index-ready": "Client Desk: {clients, plural, one {# client} other {# clients}}, {entries, plural, one {# entry} other {# entries}} indexed.",
  "notice.problems": "Client Desk found {count} problems in client data.",

  "diagnostics.title": "Client data problems",
  "diagnostics.summary": "{errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}} in {files, plural, one {# file} other {# files}}.",
  "diagnostics.none": "No problems found. Every client note, log and plan reads cleanly.",
  "diagnostics.indexing": "Still reading the vault…",
  "diagnostics.error": "Error",
  "diagnostics.warning": "Warning",
  "diagnostics.line": "line {line}",
  "diagnostics.field": "field {field}",
  "diagnostics.open": "Open {file} at line {line}",
  "diagnostics.refresh": "Check again",

  "settings.heading.general": "Clients and folders",
  "settings.heading.you": "You",
  "settings.clientsRoot.name": "Clients folder",
  "settings.clientsRoot.desc": "Each client is a folder here holding a note with the folder's name.",
  "settings.plannerFolder.name": "Planner folder",
  "settings.plannerFolder.desc": "Where the weekly plan notes live, one note per week.",
  "settings.timeZone.name": "Your time zone",
  "settings.timeZone.desc": "IANA name such as Asia/Ho_Chi_Minh. Empty uses this device's zone ({zone}).",
  "settings.timeZone.invalid": "“{value}” is not a time zone name; the setting stays {current}.",
  "settings.workingHours.name": "Your working hours",
  "settings.workingHours.desc": "From and to in your own zone, like 08:00-17:00.",
  "settings.workingHours.invalid": "“{value}” is not a range of hours like 08:00-17:00; the setting stays {current}.",
  "settings.workingDays.name": "Your working days",
  "settings.workingDays.desc": "The days you take client work.",
  "settings.homeCurrency.name": "Home currency",
  "settings.homeCurrency.desc": "ISO 4217 code of the currency you are paid in, like VND or USD.",
  "settings.homeCurrency.invalid": "“{value}” is not an ISO 4217 currency code; the setting stays {current}.",
  "settings.weekStart.name": "Week starts on",
  "settings.weekStart.desc": "First day of the week in the planner and in weekly reports.",
  "settings.language.name": "Language",
  "settings.language.desc": "Language of Client Desk's commands, views and messages.",
  "settings.language.auto": "Same as Obsidian",
  "settings.language.en": "English",
  "settings.language.vi": "Tiếng Việt",

  "day.mon": "Monday",
  "day.tue": "Tuesday",
  "day.wed": "Wednesday",
  "day.thu": "Thursday",
  "day.fri": "Friday",
  "day.sat": "Saturday",
  "day.sun": "Sunday",
  "day.short.mon": "Mon",
  "day.short.tue": "Tue",
  "day.short.wed": "Wed",
  "day.short.thu": "Thu",
  "day.short.fri": "Fri",
  "day.short.sat": "Sat",
  "day.short.sun": "Sun",

  "diag.yaml-broken": "The frontmatter is not valid YAML: {reason}. Obsidian cannot read this note's properties.",
  "diag.field-type": "“{value}” must be {expected}.",
  "diag.expected.number": "a number",
  "diag.expected.text": "text",
  "diag.expected.flag": "true or false",
  "diag.field-value": "“{value}” is not allowed here. Allowed: {allowed}.",
  "diag.timezone-unknown": "“{value}” is not an IANA time zone name. Use a name like Australia/Sydney or Europe/London.",
  "diag.currency-unknown": "“{value}” is not an ISO 4217 currency code. {hint}",
  "diag.currency-hint": "Did you mean {code}?",
  "diag.money-negative": "“{value}” is negative; amounts must be zero or more.",
  "diag.money-precision": "“{value}” has more decimals than {currency} allows.",
  "diag.hours-invalid": "“{value}” is not a time range like 09:00-17:00 (24-hour clock, start before end).",
  "diag.days-invalid": "“{value}” is not a list of days like [mon, tue, wed].",
  "diag.rounding-invalid": "“{value}” is not a rounding rule like “15 up”, “6 nearest” or “30 down task” (1–60 minutes).",
  "diag.tax-invalid": "“{value}” is not a tax like “GST 10%”.",
  "diag.name-unsafe": "The name “{value}” contains “{char}”, which cannot be part of a file name or link. The folder name is used instead.",
  "diag.folder-unsafe": "The folder name “{name}” contains “{char}”, which Obsidian does not allow in file names on every device. Rename the folder; until then this client is skipped.",
  "diag.rate-missing": "Billing is {billing} but no rate is set, so this client's time cannot be invoiced.",
  "diag.entry-malformed": "This entry cannot be read: the field “{field}” is missing or written twice. The line is kept as it is.",
  "diag.entry-near-miss": "This line looks like a time entry, but “{value}” is not a field Client Desk reads: write it as [{field}:: …]. The line is kept as it is, not counted, and no timer stops or changes it.",
  "diag.entry-too-long": "This entry lasts {hours} h, longer than the {limit} h an entry is expected to last (setting). If it is a forgotten timer, correct its end before it is invoiced.",
  "diag.entry-running-long": "This timer has been running for {hours} h, longer than {limit} h (setting). If it was forgotten, stop it with the end it should have.",
  "diag.entry-id-shared": "The id ^{value} is on more than one line (a copy made by a sync merge?). No entry with it is invoiced until only one line has it.",
  "diag.entry-after-invoice": "This entry falls in the period of invoice {number} but is not on it (logged after the invoice was written). The next invoice for that month bills it, against what is left of the month.",
  "diag.log-conflict-copy": "A sync service kept this conflicted copy of {main}: {only, plural, one {# entry is} other {# entries are}} only here and {differing} have other times ({ids}). Nothing in it is counted; merge it with “Merge conflicted copies of log notes” (client-desk conflicts --merge).",
  "diag.log-conflict-markers": "Conflict markers from a merge (git) are in this note: the lines between them are not resolved. Keep the right lines, delete the markers; until then nothing of this month is invoiced.",
  "diag.entry-exact-duplicate": "This entry has the same start and end as the one at {first}, under another id: the same time logged twice (imported twice, or pasted)? Delete one if so.",
  "diag.entry-time-invalid": "“{value}” is not an exact time like 2026-11-23T09:00+07:00 (date, time and UTC offset).",
  "diag.entry-end-before-start": "The end ({value}) is not after the start. The line is kept as it is and not counted.",
  "diag.entry-duplicate-id": "The id ^{value} is used again; it was first used at {first}. Invoices need each id once.",
  "diag.entry-missing-id": "This entry has no block id (^id at the end), so it cannot be invoiced yet. “Add missing entry ids” (client-desk add-ids) gives it one and changes nothing else.",
  "diag.line-freehand": "This list item is not a time entry and is not counted: “{text}”.",
  "diag.plan-client-unknown": "No client called “{value}” was found for this block.",
  "diag.plan-malformed": "This time block cannot be read: the field “{field}” is missing or written twice.",

  "command.merge-conflict-copies": "Merge conflicted copies of log notes",
  "conflicts.none": "No conflicted copies of log notes.",
  "conflicts.confirm.title": "Merge conflicted copies",
  "conflicts.confirm.body": "{count} conflicted copies of log notes were left by a sync service. Their entries that the notes do not have are added to the notes, and the copies are moved to Log/Merged copies.",
  "conflicts.confirm.ok": "Merge",
  "conflicts.confirm.cancel": "Cancel",
  "conflicts.done": "{copies, plural, one {# copy} other {# copies}} merged: {entries, plural, one {# entry} other {# entries}} added.",
  "conflicts.differing": "These entries have other times in a copy; check them by hand: {ids}.",
  "conflicts.failed": "Could not merge {file}: {reason}",
  "rounding.rule": "rounding to {step} min {mode}",
  "rounding.rule-task": "rounding each task to {step} min {mode}",
  "rounding.up": "up",
  "rounding.nearest": "nearest",
  "rounding.down": "down",
} as const;

// Each feature keeps its strings in a file of its own (name.en.ts beside name.vi.ts).
export const en = joinCatalogs(base, timerEn, importEn, agendaEn, plannerExtrasEn, plannerEn, lifecycleEn, reportEn, invoiceEn, entryIdsEn, forecastEn, invoiceLifecycleEn, realPathEn, yamlEn, invoiceListEn, calendarEn, flowsEn, basesEn, teamEn);

export type MessageKey = keyof typeof en;
/** The keys of this file's own catalog, without the features'. */
export type BaseKey = keyof typeof base;
