// "Find a meeting slot": choose clients (the first chosen owns the block) and a length; the free
// slots of the week inside everyone's working hours are listed with each party's local time, and
// choosing one appends a block to the week's plan note; beside each, "Save as invitation (.ics)"
// writes the slot as an .ics for the client with everyone's local time (src/core/planner/plan-ics.ts).
// Busy calendar events are never offered. Every control is reachable by keyboard:
// Tab through the checkboxes, the length and the slots; arrow keys move between slots.

import { workingAs } from "../../adapter/working-as";
import { planPersonOf } from "../../core/planner/plan-person";
import { Modal, Notice, Setting } from "obsidian";
import type { Host } from "../../ui/host";
import type { Client } from "../../core/shared/types";
import { findSlots, type PartyTime, type Slot } from "../../core/planner/slot-finder";
import { weekRange } from "../../core/shared/week";
import { offsetAt } from "../../core/shared/zones";
import { userHours } from "../../core/settings/settings";
import { appendBlock } from "../../adapter/plan-append";
import { inviteIcs, invitePath } from "../../core/planner/plan-ics";
import { writeNewIcsFile } from "../../adapter/ics-writer";

const LENGTHS = [15, 30, 45, 60, 90, 120];

type SlotHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

/** "Find a meeting slot" for `week`, once the index is ready. */
export async function openSlotFinder(host: SlotHost, week: string): Promise<SlotFinderModal> {
  await host.indexer.whenReady;
  const modal = new SlotFinderModal(host, week);
  modal.open();
  return modal;
}

export class SlotFinderModal extends Modal {
  /** Client keys in the order they were ticked. */
  readonly chosen: string[] = [];
  duration = 30;
  private listEl!: HTMLElement;
  private busy = false;

  constructor(
    private readonly host: SlotHost,
    readonly week: string,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("slots.title"));
    this.modalEl.addClass("client-desk-slots");
    const el = this.contentEl;
    el.createEl("p", { cls: "client-desk-muted", text: t("slots.week", { week: this.week, buffer: this.host.settings.plannerBuffer }) });
    const who = new Setting(el).setName(t("slots.clients.name")).setDesc(t("slots.clients.desc"));
    const boxes = el.createDiv({ cls: "client-desk-slot-clients", attr: { role: "group", "aria-label": t("slots.clients.name") } });
    for (const c of this.clients()) {
      const label = boxes.createEl("label", { cls: "client-desk-slot-client" });
      const box = label.createEl("input", { type: "checkbox", attr: { "data-client": c.key } });
      label.createSpan({ text: `${c.name} (${c.timezone})` });
      box.addEventListener("change", () => this.toggle(c.key, box.checked));
    }
    who.settingEl.addClass("client-desk-slot-who");
    new Setting(el)
      .setName(t("slots.duration.name"))
      .setDesc(t("slots.duration.desc"))
      .addDropdown((d) => {
        for (const m of LENGTHS) d.addOption(String(m), String(m));
        d.setValue(String(this.duration)).onChange((v) => {
          this.duration = Number(v);
          this.render();
        });
      });
    this.listEl = el.createDiv({ cls: "client-desk-slot-list", attr: { role: "list" } });
    this.listEl.addEventListener("keydown", (evt) => this.move(evt));
    this.render();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private clients(): Client[] {
    return this.host.indexer.index.clients().filter((c) => c.status !== "archived");
  }

  toggle(key: string, on: boolean): void {
    const at = this.chosen.indexOf(key);
    if (on && at === -1) this.chosen.push(key);
    if (!on && at !== -1) this.chosen.splice(at, 1);
    this.render();
  }

  /** The slots for the current choice. */
  slots(): Slot[] {
    const index = this.host.indexer.index;
    const s = this.host.settings;
    const zone = this.host.zone();
    const range = weekRange(this.week, zone, s.weekStart);
    const clients = this.chosen.map((k) => index.client(k)).filter((c): c is Client => c !== null);
    if (clients.length === 0) return [];
    return findSlots({
      week: this.week,
      zone,
      weekStart: s.weekStart,
      workingHours: userHours(s),
      workingDays: s.workingDays,
      clients,
      durationMinutes: this.duration,
      busy: index.blocksBetween(range.from, range.to),
      events: index.calendars.eventsBetween(range.from, range.to, zone),
      now: Date.now(),
      // The planner's buffer setting: the same gap that marks a block as tight.
      bufferMinutes: s.plannerBuffer,
    });
  }

  private render(): void {
    const t = this.host.t;
    const list = this.listEl;
    list.empty();
    if (this.chosen.length === 0) {
      list.createEl("p", { cls: "client-desk-muted", text: t("slots.pick-client") });
      return;
    }
    const slots = this.slots();
    if (slots.length === 0) {
      list.createEl("p", { cls: "client-desk-muted", text: t("slots.none") });
      return;
    }
    list.createEl("p", { cls: "client-desk-slot-count", text: t("slots.count", { count: slots.length }) });
    const names = new Map(this.clients().map((c) => [c.key, c.name]));
    for (const slot of slots) {
      const item = list.createDiv({ attr: { role: "listitem" } });
      const button = item.createEl("button", { cls: "client-desk-slot" });
      for (const p of slot.parties) {
        button.createDiv({ cls: p.clientKey === null ? "client-desk-slot-you" : "client-desk-slot-party", text: this.partyText(p, names) });
      }
      button.addEventListener("click", () => void this.choose(slot));
      const invite = item.createEl("button", { cls: "client-desk-slot-invite", text: t("calendar.invite.save") });
      invite.addEventListener("click", () => void this.saveInvite(slot));
    }
  }

  private partyText(p: PartyTime, names: Map<string, string>): string {
    const t = this.host.t;
    return t("slots.party", {
      who: p.clientKey === null ? t("slots.you") : (names.get(p.clientKey) ?? p.clientKey),
      date: p.date,
      start: p.start,
      end: p.endDate === p.date ? p.end : `${p.end} (+1)`,
      zone: `${p.abbreviation} (${p.offset})`,
    });
  }

  private move(evt: KeyboardEvent): void {
    if (evt.key !== "ArrowDown" && evt.key !== "ArrowUp") return;
    const buttons = Array.from(this.listEl.querySelectorAll<HTMLButtonElement>("button.client-desk-slot"));
    const at = buttons.indexOf(evt.target as HTMLButtonElement);
    if (at === -1) return;
    evt.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (evt.key === "ArrowDown" ? 1 : -1)))].focus();
  }

  /** Writes `slot` as an .ics invitation under the first free name; the path, or null when nothing was written. */
  async saveInvite(slot: Slot): Promise<string | null> {
    if (this.chosen.length === 0) return null;
    const t = this.host.t;
    const index = this.host.indexer.index;
    const names = new Map(this.chosen.map((k) => [k, index.client(k)?.name ?? k]));
    const title = t("slots.meeting-title", { names: [...names.values()].join(", ") });
    const text = inviteIcs({ slot, title, names, now: Date.now(), t });
    const written = await writeNewIcsFile(this.app, (n) => invitePath(index.layout, slot, this.chosen[0], n), text);
    if (!written.ok) {
      new Notice(t("calendar.export-failed", { file: written.path, reason: written.reason }));
      return null;
    }
    new Notice(t("calendar.invite.saved", { file: written.path }));
    return written.path;
  }

  /** Appends the meeting block for `slot` to the week's plan note; the path, or null when nothing was written. */
  async choose(slot: Slot): Promise<string | null> {
    if (this.busy || this.chosen.length === 0) return null;
    const t = this.host.t;
    const index = this.host.indexer.index;
    const zone = this.host.zone();
    const names = this.chosen.map((k) => index.client(k)?.name ?? k);
    const title = t("slots.meeting-title", { names: names.join(", ") });
    this.busy = true;
    // A team member's meeting goes to their own plan note (docs/team.md).
    const me = workingAs(this.app, index);
    try {
      const { path } = await appendBlock(this.app, index, this.week, {
        clientKey: this.chosen[0],
        start: slot.start,
        startOffset: offsetAt(zone, slot.start),
        end: slot.end,
        endOffset: offsetAt(zone, slot.end),
        title,
      }, me.ok ? planPersonOf(me.person) : null);
      new Notice(t("slots.added", { title, date: slot.parties[0].date, time: slot.parties[0].start }));
      this.close();
      return path;
    } catch (e) {
      new Notice(t("slots.failed", { file: this.week, reason: e instanceof Error ? e.message : String(e) }));
      return null;
    } finally {
      this.busy = false;
    }
  }
}
