// English strings of the client overview (the master view) and `client-desk agenda`.
export const agendaEn = {
  "command.open-agenda": "Open client overview",
  "ribbon.agenda": "Client Desk: open client overview",

  "agenda.title": "Client overview",
  "agenda.indexing": "Still reading the vault…",
  "agenda.header": "{date}, week {week}, your time zone {zone}",
  "agenda.nothing": "Nothing here.",

  "agenda.section.deadlines": "Deadlines",
  "agenda.deadlines.overdue": "Overdue",
  "agenda.deadlines.today": "Today",
  "agenda.deadlines.week": "This week",
  "agenda.deadlines.none": "No deadlines this week.",

  "agenda.section.matrix": "Priorities",
  "agenda.quadrant.do": "Do now",
  "agenda.quadrant.schedule": "Schedule",
  "agenda.quadrant.delegate": "Delegate",
  "agenda.quadrant.later": "Later",
  "agenda.quadrant.do.desc": "Urgent and important",
  "agenda.quadrant.schedule.desc": "Important, not urgent",
  "agenda.quadrant.delegate.desc": "Urgent, not important",
  "agenda.quadrant.later.desc": "Neither urgent nor important",
  "agenda.quadrant.empty": "Drop a task here.",
  "agenda.matrix.help": "Drag a task to another box, or use its menu button to move it.",
  "agenda.move.button": "Move “{title}”",
  "agenda.move.to": "Move to {quadrant}",
  "agenda.move.missing": "its note {file} is no longer there",
  "agenda.move.failed": "Could not move “{title}”: {reason}",

  "agenda.section.batches": "Batches by kind of work",
  "agenda.batch.other": "Other",
  "agenda.batch.count": "{count} open",
  "agenda.batch.hours": "{hours} h estimated",
  "agenda.batch.unestimated": "{count} without an estimate",

  "agenda.section.replies": "Replies overdue",
  "agenda.replies.none": "Every request has had its answer in time.",
  "agenda.reply.late": "Answer was due {va} your time ({client} {zone}), {late} ago",

  "agenda.section.checkins": "Check-ins due",
  "agenda.checkins.none": "No check-ins due.",
  "agenda.checkin.never": "No check-in yet (every {days, plural, one {# day} other {# days}})",
  "agenda.checkin.due": "Due {date}, last {last} (every {days, plural, one {# day} other {# days}})",

  "agenda.section.surveys": "Feedback surveys due",
  "agenda.surveys.none": "No feedback surveys due.",
  "agenda.survey.after": "After “{task}”, finished {date}",

  "agenda.due": "Due {va} your time",
  "agenda.due.client": "{client} {zone}",
  "agenda.status.todo": "To do",
  "agenda.status.doing": "Doing",
  "agenda.status.waiting": "Waiting on client",
  "agenda.status.done": "Done",
  "agenda.open": "Open {title}",
} as const;
