// "Regenerate weekly report": choose the client, then the week (the last eight weeks of the
// client's calendar, the ones with a report marked).

import { FuzzySuggestModal, type App } from "obsidian";
import type { Client } from "../../core/shared/types";
import type { Translate } from "../../core/i18n";
import { isoWeekOf, shiftWeek } from "../../core/reports/report-schedule";
import { weekRange } from "../../core/shared/week";
import { DateTime } from "luxon";

export class ReportClientModal extends FuzzySuggestModal<Client> {
  constructor(
    app: App,
    private readonly clients: Client[],
    private readonly t: Translate,
    private readonly chosen: (client: Client) => void,
  ) {
    super(app);
    this.setPlaceholder(t("report.pick-client"));
  }

  getItems(): Client[] {
    return this.clients;
  }

  getItemText(c: Client): string {
    return c.name;
  }

  onChooseItem(c: Client): void {
    this.chosen(c);
  }
}

export interface WeekChoice {
  week: string;
  label: string;
}

export function weekChoices(client: Client, now: number, t: Translate, exists: (week: string) => boolean, count = 8): WeekChoice[] {
  const current = isoWeekOf(now, client.timezone);
  const out: WeekChoice[] = [];
  for (let i = 0; i < count; i++) {
    const week = shiftWeek(current, -i);
    const r = weekRange(week, client.timezone, "mon");
    const date = (ms: number) => DateTime.fromMillis(ms, { zone: client.timezone }).toISODate() as string;
    const params = { week, from: date(r.days[0]), to: date(r.days[6]) };
    out.push({ week, label: t(exists(week) ? "report.pick-week.exists" : "report.pick-week.item", params) });
  }
  return out;
}

export class ReportWeekModal extends FuzzySuggestModal<WeekChoice> {
  constructor(
    app: App,
    private readonly choices: WeekChoice[],
    placeholder: string,
    private readonly chosen: (week: string) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
  }

  getItems(): WeekChoice[] {
    return this.choices;
  }

  getItemText(c: WeekChoice): string {
    return c.label;
  }

  onChooseItem(c: WeekChoice): void {
    this.chosen(c.week);
  }
}
