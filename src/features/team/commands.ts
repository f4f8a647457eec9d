// The team's commands (docs/team.md): approve a person's week (the owner's device only), and open
// the team panel.

import type { Host } from "../../ui/host";
import { PickModal, type PickItem } from "../../ui/pick-modal";
import { approvalDraft, teamSummary, type DueApproval } from "../../core/time/team";
import { renderApproval } from "../../core/lifecycle/approvals";
import { approvalNotePath } from "../../core/shared/paths";
import { weekOf } from "../../core/shared/week";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import { APPROVAL_WEEK_START } from "../../core/index/entry-standing";
import { workingAs } from "../../adapter/working-as";
import { writeApproval } from "../../adapter/approval-writer";
import { failureText } from "../../ui/write-notice";
import { TEAM_VIEW } from "./team-view";

type TeamHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone" | "addCommand">;

export function registerTeamCommands(host: TeamHost, notice: (text: string) => void): void {
  host.addCommand({
    id: "team-approve",
    name: host.t("command.team-approve"),
    checkCallback: (checking) => {
      const index = host.indexer.index;
      const me = workingAs(host.app, index);
      if (!host.indexer.ready || !index.team.active() || !me.ok || me.person?.role !== "owner") return false;
      if (!checking) pickWeek(host, notice);
      return true;
    },
  });
  host.addCommand({
    id: "team-open",
    name: host.t("command.team-open"),
    callback: () => void openTeamView(host),
  });
}

function pickWeek(host: TeamHost, notice: (text: string) => void): void {
  const index = host.indexer.index;
  const now = Date.now();
  const zone = host.zone();
  const summary = teamSummary(index, now, zone, weekOf(now, zone, APPROVAL_WEEK_START));
  const items: PickItem<DueApproval>[] = summary.due.map((d) => ({
    value: d,
    label: `${index.team.find(d.person)?.name ?? d.person} · ${d.week}`,
    note: `${d.entries} · ${(d.ms / 3_600_000).toFixed(2)} h`,
  }));
  new PickModal(host.app, items, host.t("team.approve.title"), (d) => void approve(host, d, notice)).open();
}

export async function approve(host: TeamHost, d: DueApproval, notice: (text: string) => void): Promise<boolean> {
  const index = host.indexer.index;
  const me = workingAs(host.app, index);
  const person = index.team.find(d.person);
  if (!person) return false;
  const approver = me.ok ? me.person : null;
  const draft = approvalDraft(index, approver, person, d.week);
  const t = host.t;
  if (!draft.ok) {
    if (draft.problem === "running") notice(t("team.approve.running", { person: person.name, week: d.week }));
    else if (draft.problem === "not-owner") notice(t("team.approve.not-owner", { person: approver?.name ?? "—" }));
    else notice(t("team.approve.nothing", { person: person.name, week: d.week }));
    return false;
  }
  const now = Math.floor(Date.now() / 1000) * 1000;
  const hours = (draft.ms / 3_600_000).toFixed(2);
  const text = renderApproval({ person: person.key, week: d.week, approvedBy: approver?.key ?? "", approvedAt: formatInstant(now, offsetAt(host.zone(), now)), entries: draft.entries, hours });
  try {
    await writeApproval(host, approvalNotePath(host.settings.teamFolder, d.week, person.key), text);
  } catch (e) {
    notice(failureText(e));
    return false;
  }
  notice(t("team.approve.done", { hours, person: person.name, week: d.week }));
  return true;
}

export async function openTeamView(host: Pick<Host, "app">): Promise<void> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(TEAM_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: TEAM_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
