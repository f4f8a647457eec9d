// The timer's notices and the words it uses for clients, tasks and durations.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { MessageKey } from "../../core/i18n";
import type { RunningInfo } from "../../core/time/timer-view";
import { hoursMinutes } from "../../core/time/duration-text";
import { linkLabel } from "../../core/notes/timed-line";
import type { Outcome } from "../../adapter/log-writer";

export class TimerNotices {
  constructor(private readonly host: Pick<Host, "t" | "indexer">) {}

  /** "Harbour Goods · Product uploads", the task's link brackets taken off. */
  describe(clientKey: string, task: string | null): string {
    const name = this.host.indexer.index.client(clientKey)?.name ?? clientKey;
    return task === null ? name : `${name} · ${linkLabel(task)}`;
  }

  durationText(ms: number): string {
    const { h, m } = hoursMinutes(ms);
    return this.host.t("timer.duration", { h, m });
  }

  tell(key: MessageKey, params?: Record<string, string | number>): void {
    new Notice(this.host.t(key, params));
  }

  stopped(r: RunningInfo, start: number, end: number): void {
    const what = this.describe(r.entry.clientKey, r.entry.task);
    const time = this.durationText(end - start);
    if (r.clientMissing) this.tell("timer.notice.stopped-client-missing", { what, time, file: r.entry.file });
    else if (r.otherDevice) {
      this.tell("timer.notice.stopped-other-device", { what, time, device: r.entry.device ?? this.host.t("timer.device.unknown") });
    } else this.tell("timer.notice.stopped", { what, time });
  }

  problem(problem: Exclude<Outcome, { ok: true }>["problem"], r: RunningInfo | null): void {
    const file = r?.entry.file ?? "";
    this.tell(`timer.problem.${problem}`, { file, what: r ? this.describe(r.entry.clientKey, r.entry.task) : "" });
  }
}
