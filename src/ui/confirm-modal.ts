// A yes/no question before something that cannot be undone from the plugin (discarding a running
// entry). Nothing happens unless the confirm button is pressed.

import { Modal, Setting, type App, type ButtonComponent } from "obsidian";

export interface ConfirmOptions {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  /** Shows the confirm button as a warning (red). */
  warning?: boolean;
  onConfirm: () => unknown;
}

export class ConfirmModal extends Modal {
  constructor(
    app: App,
    private readonly options: ConfirmOptions,
  ) {
    super(app);
  }

  override onOpen(): void {
    const o = this.options;
    this.setTitle(o.title);
    this.modalEl.addClass("client-desk-confirm");
    this.contentEl.createEl("p", { text: o.body });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(o.cancel).onClick(() => this.close()))
      .addButton((b) => {
        b.setButtonText(o.confirm).onClick(() => {
          this.close();
          void o.onConfirm();
        });
        if (o.warning) markWarning(b);
        else b.setCta();
      });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/**
 * Shows a button in Obsidian's warning red, as ButtonComponent.setWarning() did. That method is
 * deprecated for setDestructive(), which needs Obsidian 1.13; the plugin supports 1.8.7, so the
 * class setWarning() adds is set here.
 */
export function markWarning(b: ButtonComponent): ButtonComponent {
  b.buttonEl.addClass("mod-warning");
  return b;
}
