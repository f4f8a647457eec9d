// "Client data problems": every diagnostic of the index, grouped by file, each opening its line.

import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { Diagnostic } from "../../core/shared/types";
import { diagnosticMessage } from "../../core/i18n";
import { vaultProblems } from "../../core/time/check";
import { workflowRules } from "./workflow-rules";
import type { Host } from "../../ui/host";

export const DIAGNOSTICS_VIEW = "client-desk-diagnostics";

export class DiagnosticsView extends ItemView {
  private shownVersion = -1;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Pick<Host, "t" | "indexer" | "settings">,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return DIAGNOSTICS_VIEW;
  }

  override getDisplayText(): string {
    return this.host.t("diagnostics.title");
  }

  override getIcon(): string {
    return "stethoscope";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    this.render();
  }

  render(force = false): void {
    const { indexer } = this.host;
    if (!force && indexer.ready && indexer.index.version === this.shownVersion) return;
    this.shownVersion = indexer.ready ? indexer.index.version : -1;
    const t = this.host.t;
    const root = this.contentEl;
    root.empty();
    root.addClass("client-desk-diagnostics");
    // The tab says "Client data problems": no heading repeats it.
    const header = root.createDiv({ cls: "client-desk-diagnostics-header" });
    const refresh = header.createEl("button", { text: t("diagnostics.refresh") });
    this.registerDomEvent(refresh, "click", () => void indexer.rebuild());
    if (!indexer.ready) {
      root.createEl("p", { cls: "client-desk-muted", text: t("diagnostics.indexing") });
      return;
    }
    const all = vaultProblems(indexer.index, Date.now(), this.host.settings, workflowRules(this.app, this.host.settings.workflowsFolder));
    if (all.length === 0) {
      root.createEl("p", { cls: "client-desk-ok", text: t("diagnostics.none") });
      return;
    }
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of all) {
      const list = byFile.get(d.file) ?? [];
      list.push(d);
      byFile.set(d.file, list);
    }
    const errors = all.filter((d) => d.severity === "error").length;
    root.createEl("p", {
      cls: "client-desk-muted",
      text: t("diagnostics.summary", { errors, warnings: all.length - errors, files: byFile.size }),
    });
    for (const [file, list] of byFile) {
      const group = root.createDiv({ cls: "client-desk-diagnostics-file" });
      group.createDiv({ cls: "client-desk-diagnostics-path", text: file });
      const ul = group.createEl("ul");
      for (const d of list) this.renderItem(ul, d);
    }
  }

  private renderItem(list: HTMLElement, d: Diagnostic): void {
    const t = this.host.t;
    const li = list.createEl("li", { cls: `client-desk-diagnostic is-${d.severity}` });
    const link = li.createEl("a", {
      cls: "client-desk-diagnostic-where",
      text: d.line > 0 ? t("diagnostics.line", { line: d.line }) : d.file.split("/").pop() ?? d.file,
      attr: { href: "#", "aria-label": t("diagnostics.open", { file: d.file, line: d.line }) },
    });
    li.createSpan({
      cls: "client-desk-diagnostic-severity",
      text: d.severity === "error" ? t("diagnostics.error") : t("diagnostics.warning"),
    });
    if (d.field) li.createSpan({ cls: "client-desk-diagnostic-field", text: d.field });
    li.createSpan({ cls: "client-desk-diagnostic-message", text: diagnosticMessage(d, t) });
    this.registerDomEvent(link, "click", (evt) => {
      evt.preventDefault();
      void this.app.workspace.openLinkText(d.file, "", false, {
        eState: d.line > 0 ? { line: d.line - 1 } : {},
      });
    });
  }
}
