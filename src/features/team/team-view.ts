// "Team": who is tracking what now and today's hours per person (docs/team.md). Read-only: a
// person's timer is started and stopped on their own device only.

import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { Host } from "../../ui/host";
import { teamSummary } from "../../core/time/team";
import { weekOf } from "../../core/shared/week";
import { formatLocalTime } from "../../core/shared/local-time";
import { APPROVAL_WEEK_START } from "../../core/index/entry-standing";
import { linkLabel } from "../../core/notes/timed-line";
import { hoursText } from "../../core/time/duration-text";
import { uiLanguage } from "../../adapter/language";

export const TEAM_VIEW = "client-desk-team";

export class TeamView extends ItemView {
  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Pick<Host, "t" | "settings" | "indexer" | "zone">,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return TEAM_VIEW;
  }

  override getDisplayText(): string {
    return this.host.t("team.panel.title");
  }

  override getIcon(): string {
    return "users";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    // Running timers' hours grow without any note changing.
    this.registerInterval(window.setInterval(() => this.render(), 60_000));
    this.render();
  }

  render(now = Date.now()): void {
    const { indexer, t } = this.host;
    const root = this.contentEl;
    root.empty();
    root.addClass("client-desk-team");
    root.createEl("h4", { text: t("team.panel.title") });
    if (!indexer.ready) {
      root.createEl("p", { cls: "client-desk-muted", text: t("diagnostics.indexing") });
      return;
    }
    const index = indexer.index;
    const zone = this.host.zone();
    const s = teamSummary(index, now, zone, weekOf(now, zone, APPROVAL_WEEK_START));
    if (s.people.length === 0) {
      root.createEl("p", { cls: "client-desk-muted", text: t("team.panel.empty", { folder: this.host.settings.teamFolder }) });
      return;
    }
    const ul = root.createEl("ul", { cls: "client-desk-team-people" });
    for (const p of s.people) {
      const li = ul.createEl("li", { cls: `client-desk-team-person${p.running.length > 0 ? " is-tracking" : ""}` });
      const r = p.running[0];
      const what = r ? `${index.client(r.clientKey)?.name ?? r.clientKey}${r.task === null ? "" : ` · ${linkLabel(r.task)}`}` : "";
      li.createDiv({
        cls: "client-desk-team-now",
        text: r ? t("team.panel.tracking", { person: p.name, what, start: formatLocalTime(r.start, zone).slice(11, 16) }) : t("team.panel.idle", { person: p.name }),
      });
      li.createDiv({ cls: "client-desk-team-today client-desk-muted", text: t("team.panel.today", { hours: hoursText(p.todayMs, uiLanguage(this.host.settings)) }) });
    }
  }
}
