// English strings of "Add missing entry ids" (plugin) and `client-desk add-ids` (CLI).
export const entryIdsEn = {
  "command.add-entry-ids": "Add missing entry ids",
  "entry-ids.waiting": "Client Desk is still reading the vault; the entry ids are added when it is done.",
  "entry-ids.none": "Every entry already has an id.",
  "entry-ids.errors": "{count, plural, one {# line} other {# lines}} with errors got no id: fix them (Check client data lists them), then run this again.",
  "entry-ids.confirm.title": "Add missing entry ids",
  "entry-ids.confirm.body": "{count, plural, one {# entry} other {# entries}} typed without a block id, in {notes, plural, one {# log note} other {# log notes}}, get one at the end of their line, so that they can be invoiced safely. Nothing else in the notes changes.",
  "entry-ids.confirm.ok": "Add ids",
  "entry-ids.confirm.cancel": "Cancel",
  "entry-ids.done": "Added ids to {count, plural, one {# entry} other {# entries}} in {notes, plural, one {# log note} other {# log notes}}.",
  "entry-ids.failed": "Could not add ids in {file}: {reason}",
} as const;
