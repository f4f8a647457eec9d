// "New request" and "Start workflow": a task for a client (title, due date in the client's zone,
// urgent, important, estimate). Fields are checked as typed; nothing is written until all are right.

import { Modal, Notice, Setting } from "obsidian";
import type { Client } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { checkRequest, type RequestInput } from "../../core/lifecycle/request";
import { formatClockTime } from "../../core/shared/local-time";
import { withNotice } from "../../ui/write-notice";

export class RequestModal extends Modal {
  private readonly input: RequestInput;
  private readonly errors = new Map<string, HTMLElement>();
  private tried = false;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings">,
    private readonly writer: LifecycleWriter,
    private readonly client: Client,
    preset: Partial<RequestInput> = {},
    private readonly heading?: string,
  ) {
    super(host.app);
    this.input = { title: "", due: "", urgent: false, important: false, estimate: "", ...preset };
  }

  override onOpen(): void {
    const t = this.host.t;
    const c = this.client;
    this.setTitle(this.heading ?? t("lifecycle.request.title", { client: c.name }));
    this.modalEl.addClass("client-desk-request");
    this.contentEl.createEl("p", {
      cls: "client-desk-muted",
      text: t("lifecycle.request.zone", { zone: c.timezone, time: formatClockTime(Date.now(), c.timezone) }),
    });
    this.field("title", t("lifecycle.request.field-title")).addText((tx) => {
      tx.setValue(this.input.title).onChange((v) => this.update({ title: v }));
      tx.inputEl.addClass("client-desk-request-title");
    });
    this.field("due", t("lifecycle.request.field-due"), t("lifecycle.request.field-due-desc")).addText((tx) => {
      tx.setPlaceholder("2026-11-27 17:00").setValue(this.input.due).onChange((v) => this.update({ due: v }));
      tx.inputEl.addClass("client-desk-request-due");
    });
    new Setting(this.contentEl).setName(t("lifecycle.request.urgent")).addToggle((tg) => tg.setValue(this.input.urgent).onChange((v) => this.update({ urgent: v })));
    new Setting(this.contentEl).setName(t("lifecycle.request.important")).addToggle((tg) => tg.setValue(this.input.important).onChange((v) => this.update({ important: v })));
    this.field("estimate", t("lifecycle.request.estimate")).addText((tx) => {
      tx.setPlaceholder("1.5").setValue(this.input.estimate).onChange((v) => this.update({ estimate: v }));
      tx.inputEl.addClass("client-desk-request-estimate");
    });
    const lifecycle = this.writer;
    const people = lifecycle.notesIn(this.host.settings.subcontractorsFolder).map((f) => f.basename);
    if (people.length > 0) {
      new Setting(this.contentEl).setName(t("lifecycle.request.assignee")).addDropdown((dd) => {
        dd.addOption("", t("lifecycle.assignee.me"));
        for (const p of people) dd.addOption(p, p);
        dd.setValue(this.input.assignee ?? "").onChange((v) => this.update({ assignee: v }));
        dd.selectEl.addClass("client-desk-request-assignee");
      });
    }
    const packages = lifecycle.notesIn(this.host.settings.packagesFolder).map((f) => f.basename);
    if (packages.length > 0) {
      new Setting(this.contentEl).setName(t("lifecycle.field.package")).addDropdown((dd) => {
        dd.addOption("", t("lifecycle.package-none"));
        for (const p of packages) dd.addOption(p, p);
        dd.setValue(this.input.package ?? "").onChange((v) => this.update({ package: v }));
      });
    }
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => b.setButtonText(t("lifecycle.request.create")).setCta().onClick(() => void this.save()));
    this.update({});
  }

  private field(name: string, label: string, desc?: string): Setting {
    const s = new Setting(this.contentEl).setName(label);
    if (desc) s.setDesc(desc);
    this.errors.set(name, s.descEl.createDiv({ cls: "client-desk-setting-error" }));
    return s;
  }

  private update(patch: Partial<RequestInput>): boolean {
    Object.assign(this.input, patch);
    const t = this.host.t;
    const problems = checkRequest(this.input, this.client.timezone, Date.now());
    for (const [field, el] of this.errors) {
      const p = problems.find((x) => x.field === field);
      el.setText(p && (this.tried || field !== "title") ? t(p.key, p.params) : "");
    }
    return problems.length === 0;
  }

  private async save(): Promise<void> {
    this.tried = true;
    if (!this.update({})) return;
    this.close();
    const made = await withNotice(this.writer.createTask(this.client, this.input, Date.now()));
    if (!made) return;
    const file = made.value;
    new Notice(this.host.t("lifecycle.request.done", { title: file.basename, client: this.client.name }));
    await this.app.workspace.openLinkText(file.path, "", false);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
