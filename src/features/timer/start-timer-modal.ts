// The start-timer picker, in two steps: a client (recent client and task pairs first: one choice
// starts the timer), then a task of that client, or the text typed, or no task.

import { SuggestModal, TFile, normalizePath, prepareFuzzySearch } from "obsidian";
import type { Client } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { Translate } from "../../core/i18n";
import type { TimerService } from "./timer-service";
import type { RecentPair } from "../../core/time/recent";
import { clientFolderPath } from "../../core/shared/paths";
import { formatClockTime } from "../../core/shared/local-time";
import { linkLabel } from "../../core/notes/timed-line";
import { taskFromText } from "../../core/time/timer";

type ClientChoice = { kind: "pair"; pair: RecentPair; client: Client; label: string } | { kind: "client"; client: Client };

const RECENT_TASK_DAYS = 60;

type PickHost = Pick<Host, "app" | "t" | "indexer">;

function instructions(t: Translate): { command: string; purpose: string }[] {
  return [
    { command: "↑↓", purpose: t("timer.pick.navigate") },
    { command: "↵", purpose: t("timer.pick.choose") },
    { command: "esc", purpose: t("timer.pick.dismiss") },
  ];
}

export class ClientPickModal extends SuggestModal<ClientChoice> {
  private readonly pairs: ClientChoice[];
  private readonly clients: Client[];

  constructor(
    private readonly host: PickHost,
    private readonly timer: TimerService,
    private readonly switching: boolean,
  ) {
    super(host.app);
    const t = host.t;
    const index = host.indexer.index;
    this.modalEl.addClass("client-desk-picker");
    this.setPlaceholder(t(switching ? "timer.pick.client-switch" : "timer.pick.client"));
    this.setInstructions(instructions(t));
    this.emptyStateText = t("timer.pick.no-client");
    const cur = timer.current();
    this.pairs = [];
    for (const pair of timer.recent(6)) {
      const client = index.client(pair.clientKey);
      if (!client) continue;
      if (cur && cur.entry.clientKey === pair.clientKey && (cur.entry.task ?? "") === (pair.task ?? "")) continue;
      const label = pair.task === null ? client.name : `${client.name} · ${linkLabel(pair.task)}`;
      this.pairs.push({ kind: "pair", pair, client, label });
    }
    this.clients = index.clients();
  }

  getSuggestions(query: string): ClientChoice[] {
    const q = query.trim();
    const match = prepareFuzzySearch(q);
    const pairs = this.pairs.filter((p) => p.kind === "pair" && match(p.label) !== null);
    const clients: ClientChoice[] = this.clients
      .filter((c) => (q === "" ? c.status !== "archived" : match(c.name) !== null || match(c.key) !== null))
      .map((client) => ({ kind: "client", client }));
    return [...pairs, ...clients];
  }

  renderSuggestion(choice: ClientChoice, el: HTMLElement): void {
    const t = this.host.t;
    el.addClass("client-desk-suggestion");
    if (choice.kind === "pair") {
      el.createDiv({ cls: "client-desk-suggestion-title", text: choice.label });
      el.createDiv({ cls: "client-desk-suggestion-note", text: t("timer.pick.recent") });
      return;
    }
    const c = choice.client;
    el.createDiv({ cls: "client-desk-suggestion-title", text: c.name });
    el.createDiv({
      cls: "client-desk-suggestion-note",
      text: t("timer.pick.client-note", { zone: c.timezone, time: formatClockTime(Date.now(), c.timezone) }),
    });
  }

  onChooseSuggestion(choice: ClientChoice): void {
    if (choice.kind === "pair") {
      void this.timer.start({ clientKey: choice.client.key, ...taskFromText(choice.pair.task), billable: choice.pair.billable });
      return;
    }
    new TaskPickModal(this.host, this.timer, choice.client, this.switching).open();
  }
}

type TaskChoice = { kind: "free"; text: string } | { kind: "task"; name: string; link: boolean } | { kind: "none" };

export class TaskPickModal extends SuggestModal<TaskChoice> {
  private readonly tasks: { name: string; link: boolean }[];

  constructor(
    private readonly host: PickHost,
    private readonly timer: TimerService,
    private readonly client: Client,
    switching: boolean,
  ) {
    super(host.app);
    const t = host.t;
    this.modalEl.addClass("client-desk-picker");
    this.setPlaceholder(t(switching ? "timer.pick.task-switch" : "timer.pick.task", { client: client.name }));
    this.setInstructions(instructions(t));
    this.tasks = this.knownTasks();
  }

  /** Task notes in the client's Tasks folder, then tasks of recent entries, each once. */
  private knownTasks(): { name: string; link: boolean }[] {
    const out: { name: string; link: boolean }[] = [];
    const seen = new Set<string>();
    const add = (name: string, link: boolean) => {
      const k = name.toLowerCase();
      if (name === "" || seen.has(k)) return;
      seen.add(k);
      out.push({ name, link });
    };
    const now = Date.now();
    const recent = this.host.indexer.index.entriesOf(this.client.key, now - RECENT_TASK_DAYS * 86_400_000, now + 86_400_000);
    for (const e of recent.reverse()) {
      if (e.task === null) continue;
      const task = taskFromText(e.task);
      if (task.task !== null) add(task.task, task.taskAsLink);
    }
    const folder = this.host.app.vault.getFolderByPath(normalizePath(`${clientFolderPath(this.host.indexer.index.layout, this.client.key)}/Tasks`));
    const notes = (folder?.children ?? []).filter((f): f is TFile => f instanceof TFile && f.extension === "md");
    for (const f of notes.sort((a, b) => a.basename.localeCompare(b.basename))) add(f.basename, true);
    return out;
  }

  getSuggestions(query: string): TaskChoice[] {
    const q = query.trim();
    const match = prepareFuzzySearch(q);
    const tasks: TaskChoice[] = this.tasks.filter((x) => match(x.name) !== null).map((x) => ({ kind: "task", name: x.name, link: x.link }));
    const exact = this.tasks.some((x) => x.name.toLowerCase() === q.toLowerCase());
    const out: TaskChoice[] = [];
    if (q !== "" && !exact) out.push({ kind: "free", text: q });
    out.push(...tasks);
    if (q === "") out.push({ kind: "none" });
    return out;
  }

  renderSuggestion(choice: TaskChoice, el: HTMLElement): void {
    const t = this.host.t;
    el.addClass("client-desk-suggestion");
    if (choice.kind === "free") {
      el.createDiv({ cls: "client-desk-suggestion-title", text: t("timer.pick.free", { text: choice.text }) });
    } else if (choice.kind === "none") {
      el.createDiv({ cls: "client-desk-suggestion-title client-desk-muted", text: t("timer.pick.no-task") });
    } else {
      el.createDiv({ cls: "client-desk-suggestion-title", text: choice.name });
      if (choice.link) el.createDiv({ cls: "client-desk-suggestion-note", text: t("timer.pick.task-note") });
    }
  }

  onChooseSuggestion(choice: TaskChoice): void {
    const req =
      choice.kind === "free"
        ? { task: choice.text, taskAsLink: false }
        : choice.kind === "task"
          ? { task: choice.name, taskAsLink: choice.link }
          : { task: null, taskAsLink: false };
    void this.timer.start({ clientKey: this.client.key, ...req });
  }
}
