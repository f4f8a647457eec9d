// The planner's dialogs: the client picker after a drag on empty space, the optional title that
// follows it, and the "New block" form that makes a block without a pointer.

import { Modal, Setting, SuggestModal, prepareFuzzySearch, type App, type TextComponent } from "obsidian";
import type { Client } from "../../core/shared/types";
import type { Translate } from "../../core/i18n";
import { formatClock, parseClock } from "../../core/shared/hours";

export class PlannerClientModal extends SuggestModal<Client> {
  constructor(
    app: App,
    private readonly clients: Client[],
    placeholder: string,
    empty: string,
    private readonly onPick: (c: Client) => void,
  ) {
    super(app);
    this.modalEl.addClass("client-desk-picker");
    this.setPlaceholder(placeholder);
    this.emptyStateText = empty;
  }

  getSuggestions(query: string): Client[] {
    const q = query.trim();
    const match = prepareFuzzySearch(q);
    return this.clients.filter((c) => (q === "" ? c.status !== "archived" : match(c.name) !== null || match(c.key) !== null));
  }

  renderSuggestion(c: Client, el: HTMLElement): void {
    el.createDiv({ text: c.name });
    el.createEl("small", { cls: "client-desk-muted", text: c.timezone });
  }

  onChooseSuggestion(c: Client): void {
    this.onPick(c);
  }
}

/** One line of text, optional: Enter or the button adds the block, Escape adds nothing. */
export class PlannerTitleModal extends Modal {
  private done = false;

  constructor(
    app: App,
    private readonly t: Translate,
    private readonly onDone: (title: string) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    const t = this.t;
    this.setTitle(t("planner.title.heading"));
    this.modalEl.addClass("client-desk-planner-title-modal");
    let input: TextComponent | null = null;
    new Setting(this.contentEl).setName(t("planner.modal.text")).addText((text) => {
      input = text;
      text.setPlaceholder(t("planner.title.placeholder"));
      text.inputEl.addEventListener("keydown", (evt) => {
        if (evt.key === "Enter" && !evt.isComposing) {
          evt.preventDefault();
          this.submit(text.getValue());
        }
      });
    });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("planner.cancel")).onClick(() => this.close()))
      .addButton((b) => b.setButtonText(t("planner.add")).setCta().onClick(() => this.submit(input?.getValue() ?? "")));
    window.setTimeout(() => input?.inputEl.focus(), 0);
  }

  private submit(title: string): void {
    if (this.done) return;
    this.done = true;
    this.close();
    this.onDone(title);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

export interface NewBlockForm {
  clientKey: string;
  /** Index into the week's days. */
  day: number;
  /** Wall-clock minutes in the VA's zone. */
  start: number;
  end: number;
  title: string;
  /** Whose plan note (the person field's value): "" the owner's plain note. */
  person: string;
}

/** Client, day, start, end and title, checked before anything is written. */
export class PlannerBlockModal extends Modal {
  private readonly form: NewBlockForm;
  private errorEl: HTMLElement | null = null;

  constructor(
    app: App,
    private readonly t: Translate,
    private readonly clients: Client[],
    private readonly days: { label: string }[],
    initial: Partial<NewBlockForm>,
    private readonly onDone: (f: NewBlockForm) => void,
    /** With a team, on the owner's device: whom the block may be for ("" the owner's plain note). */
    private readonly people: { value: string; label: string }[] | null = null,
  ) {
    super(app);
    this.form = { clientKey: initial.clientKey ?? "", day: initial.day ?? 0, start: initial.start ?? 540, end: initial.end ?? 600, title: initial.title ?? "", person: initial.person ?? "" };
  }

  override onOpen(): void {
    const t = this.t;
    const f = this.form;
    this.setTitle(t("planner.modal.title"));
    this.modalEl.addClass("client-desk-planner-block-modal");
    const texts = { start: formatClock(f.start), end: formatClock(f.end) };
    new Setting(this.contentEl).setName(t("planner.modal.client")).addDropdown((d) => {
      d.addOption("", "—");
      for (const c of this.clients) d.addOption(c.key, c.name);
      d.setValue(f.clientKey).onChange((v) => {
        f.clientKey = v;
      });
    });
    new Setting(this.contentEl).setName(t("planner.modal.day")).addDropdown((d) => {
      for (let i = 0; i < this.days.length; i++) d.addOption(String(i), this.days[i].label);
      d.setValue(String(f.day)).onChange((v) => {
        f.day = +v;
      });
    });
    for (const field of ["start", "end"] as const) {
      new Setting(this.contentEl)
        .setName(t(`planner.modal.${field}`))
        .setDesc(t("planner.modal.time-desc"))
        .addText((text) =>
          text.setValue(texts[field]).onChange((v) => {
            texts[field] = v;
          }),
        );
    }
    new Setting(this.contentEl).setName(t("planner.modal.text")).addText((text) =>
      text.setValue(f.title).onChange((v) => {
        f.title = v;
      }),
    );
    if (this.people !== null) {
      const people = this.people;
      new Setting(this.contentEl)
        .setName(t("planner.modal.person"))
        .setDesc(t("planner.modal.person-desc"))
        .addDropdown((d) => {
          for (const p of people) d.addOption(p.value, p.label);
          d.setValue(f.person).onChange((v) => {
            f.person = v;
          });
        });
    }
    this.errorEl = this.contentEl.createDiv({ cls: "client-desk-planner-error", attr: { role: "alert" } });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("planner.cancel")).onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText(t("planner.add"))
          .setCta()
          .onClick(() => this.submit(texts)),
      );
  }

  private submit(texts: { start: string; end: string }): void {
    const t = this.t;
    const problem = (msg: string) => this.errorEl?.setText(msg);
    if (this.form.clientKey === "") return problem(t("planner.modal.no-client"));
    const start = parseClock(texts.start);
    if (start === null) return problem(t("planner.modal.bad-time", { field: "start", value: texts.start }));
    const end = parseClock(texts.end, true);
    if (end === null) return problem(t("planner.modal.bad-time", { field: "end", value: texts.end }));
    if (end <= start) return problem(t("planner.modal.end-before"));
    this.close();
    this.onDone({ ...this.form, start, end });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
