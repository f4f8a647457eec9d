// English messages of the command line: import and export.
export const cliImportExportEn = {
  // import and export
  "cli.usage.import": [
    "  import toggl|clockify FILE --vault DIR [--dry-run] [--date-format mdy|dmy] [--zone ZONE]",
    "                             Add the entries of a Toggl Track or Clockify detailed-report CSV.",
    "  export --vault DIR --from DATE --to DATE [--client NAME] [--out FILE]",
    "                             Time entries as CSV with Toggl's columns (on stdout without --out).",
  ].join("\n"),
  "import.cli.tool-missing": "Say which tool the file comes from: client-desk import toggl FILE, or client-desk import clockify FILE.",
  "import.cli.tool-unknown": "“{value}” is not toggl or clockify.",
  "import.cli.file-missing": "Give the CSV file to import: client-desk import {tool} FILE --vault DIR.",
  "import.cli.date-format-invalid": "--date-format must be mdy or dmy, not “{value}”.",
  "import.cli.zone-invalid": "--zone “{value}” is not an IANA time zone name like Asia/Ho_Chi_Minh.",
  "import.cli.unreadable": "Cannot import {file}: {reason}",
  "import.cli.wrong-tool": "{file} is not a {tool} detailed report: the columns {columns} are missing.",
  "import.cli.tool-mismatch": "{file} is a {detected} export: run client-desk import {command} instead.",
  "import.cli.date-order-ambiguous": "The dates in {file} could be month/day or day/month: give --date-format mdy or --date-format dmy.",
  "import.cli.date-order-conflict": "Some dates in {file} only read as month/day and others only as day/month: give --date-format mdy or --date-format dmy.",
  "import.cli.refused": "Refusing to write {file}: new lines would not be read as entries there (the note ends inside a code block, a %% comment or the frontmatter). Nothing was written.",
  "import.cli.summary": "{rows, plural, one {# row} other {# rows}}: {entries} new entries, {duplicates} already in the vault, {unmatched} with no matching client, {problems} that cannot be read.",
  "import.cli.client": "{name}: {count, plural, one {# entry} other {# entries}}, {duration}",
  "import.cli.unmatched": "No client in the vault called: {names}. Their rows were not imported.",
  "import.cli.dry-run": "Dry run: nothing was written.",
  "import.cli.created": "Created {file} with {count, plural, one {# entry} other {# entries}}.",
  "import.cli.appended": "Added {count, plural, one {# entry} other {# entries}} to {file}.",
  "export.cli.date-invalid": "{flag} “{value}” is not a date like 2026-11-01.",
  "export.cli.range": "--from {from} is after --to {to}.",
  "export.cli.exists": "{path} already exists; give another --out file.",
  "export.cli.wrote": "Exported {count, plural, one {# entry} other {# entries}} to {file}.",

} as const;
