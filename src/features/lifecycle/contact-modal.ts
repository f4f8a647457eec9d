// "Log contact": which channel, in or out, and a one-line summary, appended to the client's
// communication log at the current minute.

import { Modal, Notice, Setting } from "obsidian";
import type { Client } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import type { Direction } from "../../core/lifecycle/communication";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import { writeRepliedOnce } from "../../adapter/note-fields";
import { withNotice } from "../../ui/write-notice";

export class ContactModal extends Modal {
  private channel: string;
  private direction: Direction = "in";
  private summary = "";
  /** A request this outgoing contact answers: its `replied` is set when it has none. */
  private answers = "";
  private answersRow: HTMLElement | null = null;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "indexer" | "zone">,
    private readonly writer: LifecycleWriter,
    private readonly client: Client,
  ) {
    super(host.app);
    this.channel = client.channelQuick ?? client.channelFormal;
  }

  override onOpen(): void {
    const t = this.host.t;
    const c = this.client;
    this.setTitle(t("lifecycle.contact.title", { client: c.name }));
    this.modalEl.addClass("client-desk-contact");
    const channels = [...new Set([c.channelFormal, c.channelQuick, c.channelMeetings].filter((x): x is string => !!x))];
    new Setting(this.contentEl)
      .setName(t("lifecycle.contact.channel"))
      .setDesc(t("lifecycle.contact.channel-desc", { hours: c.responseHours }))
      .addText((tx) => {
        tx.setValue(this.channel).onChange((v) => (this.channel = v.trim()));
        tx.inputEl.addClass("client-desk-contact-channel");
        const list = this.contentEl.createEl("datalist", { attr: { id: "client-desk-channels" } });
        for (const ch of channels) list.createEl("option", { attr: { value: ch } });
        tx.inputEl.setAttr("list", "client-desk-channels");
      });
    new Setting(this.contentEl).setName(t("lifecycle.contact.direction")).addDropdown((dd) =>
      dd
        .addOption("in", t("lifecycle.contact.in"))
        .addOption("out", t("lifecycle.contact.out"))
        .setValue(this.direction)
        .onChange((v) => {
          this.direction = v === "out" ? "out" : "in";
          this.answersRow?.toggle(this.direction === "out");
        }),
    );
    const waiting = this.host.indexer.index.tasks(c.key).filter((x) => x.status !== "done" && x.requested !== null && x.replied === null);
    if (waiting.length > 0) {
      const row = new Setting(this.contentEl).setName(t("lifecycle.contact.answers")).setDesc(t("lifecycle.contact.answers-desc"));
      row.addDropdown((dd) => {
        dd.addOption("", t("lifecycle.contact.answers-none"));
        for (const x of waiting) dd.addOption(x.file, x.title);
        dd.onChange((v) => (this.answers = v));
        dd.selectEl.addClass("client-desk-contact-answers");
      });
      this.answersRow = row.settingEl;
      row.settingEl.toggle(false);
    }
    new Setting(this.contentEl).setName(t("lifecycle.contact.summary")).addText((tx) => {
      tx.onChange((v) => (this.summary = v));
      tx.inputEl.addClass("client-desk-contact-summary");
    });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => b.setButtonText(t("lifecycle.contact.save")).setCta().onClick(() => void this.save()));
  }

  private async save(): Promise<void> {
    const t = this.host.t;
    if (this.channel === "") {
      new Notice(t("lifecycle.contact.no-channel"));
      return;
    }
    this.close();
    const at = Date.now();
    if (!(await withNotice(this.writer.logContact(this.client, { at, channel: this.channel, direction: this.direction, summary: this.summary })))) return;
    const task = this.direction === "out" && this.answers !== "" ? this.app.vault.getFileByPath(this.answers) : null;
    if (task) {
      const zone = this.host.zone();
      if (!(await withNotice(writeRepliedOnce(this.app, task, formatInstant(Math.floor(at / 60_000) * 60_000, offsetAt(zone, at)))))) return;
    }
    new Notice(t("lifecycle.contact.done", { client: this.client.name }));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
