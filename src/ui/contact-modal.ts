// "Log contact": which channel, in or out, and a one-line summary, appended to the client's
// communication log at the current minute.

import { Modal, Notice, Setting } from "obsidian";
import type { Client } from "../core/types";
import type ClientDeskPlugin from "../main";
import type { Direction } from "../core/communication";

export class ContactModal extends Modal {
  private channel: string;
  private direction: Direction = "in";
  private summary = "";

  constructor(
    private readonly plugin: ClientDeskPlugin,
    private readonly client: Client,
  ) {
    super(plugin.app);
    this.channel = client.channelQuick ?? client.channelFormal;
  }

  override onOpen(): void {
    const t = this.plugin.t;
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
        .onChange((v) => (this.direction = v === "out" ? "out" : "in")),
    );
    new Setting(this.contentEl).setName(t("lifecycle.contact.summary")).addText((tx) => {
      tx.onChange((v) => (this.summary = v));
      tx.inputEl.addClass("client-desk-contact-summary");
    });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => b.setButtonText(t("lifecycle.contact.save")).setCta().onClick(() => void this.save()));
  }

  private async save(): Promise<void> {
    const t = this.plugin.t;
    if (this.channel === "") {
      new Notice(t("lifecycle.contact.no-channel"));
      return;
    }
    this.close();
    await this.plugin.lifecycle.logContact(this.client, { at: Date.now(), channel: this.channel, direction: this.direction, summary: this.summary });
    new Notice(t("lifecycle.contact.done", { client: this.client.name }));
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
