// The deadlines strip under the week grid: open tasks due inside the week, plus every open task
// already overdue, each with its due time in the VA's zone and in the client's. Pure.
//
// A date-only `due` means the end of that day in the client's zone (task-note.ts gives the next
// midnight); for "inside the week" it counts as that day, so a task due on the week's last day is
// in that week and not the next.

import { DateTime } from "luxon";
import type { Client, Task } from "../shared/types";

export interface Deadline {
  file: string;
  clientKey: string;
  /** The client's name; its key while the client note is missing. */
  clientName: string;
  color: string | null;
  title: string;
  status: Task["status"];
  due: number;
  /** True for a date without a time (the end of that day). */
  allDay: boolean;
  overdue: boolean;
  /** "YYYY-MM-DD HH:mm" in the VA's zone. */
  yours: string;
  /** In the client's zone: "YYYY-MM-DD" for a date alone, else "YYYY-MM-DD HH:mm". */
  theirs: string;
  clientZone: string | null;
}

export interface DeadlineOptions {
  /** The week, instants. */
  from: number;
  to: number;
  now: number;
  /** The VA's zone. */
  zone: string;
}

export function weekDeadlines(tasks: readonly Task[], client: (key: string) => Client | null, o: DeadlineOptions): Deadline[] {
  const out: Deadline[] = [];
  for (const t of tasks) {
    if (t.status === "done" || t.due === null) continue;
    const allDay = t.dueText !== null && !/\d:\d/.test(t.dueText);
    const day = allDay ? t.due - 1 : t.due;
    const overdue = t.due <= o.now;
    if (!overdue && !(day >= o.from && day < o.to)) continue;
    const c = client(t.clientKey);
    const zone = c?.timezone ?? null;
    out.push({
      file: t.file,
      clientKey: t.clientKey,
      clientName: c?.name ?? t.clientKey,
      color: c?.color ?? null,
      title: t.title,
      status: t.status,
      due: t.due,
      allDay,
      overdue,
      yours: DateTime.fromMillis(t.due, { zone: o.zone }).toFormat("yyyy-MM-dd HH:mm"),
      theirs: allDay ? DateTime.fromMillis(day, { zone: zone ?? o.zone }).toFormat("yyyy-MM-dd") : DateTime.fromMillis(t.due, { zone: zone ?? o.zone }).toFormat("yyyy-MM-dd HH:mm"),
      clientZone: zone,
    });
  }
  return out.sort((a, b) => a.due - b.due || a.clientName.localeCompare(b.clientName) || a.title.localeCompare(b.title) || a.file.localeCompare(b.file));
}
