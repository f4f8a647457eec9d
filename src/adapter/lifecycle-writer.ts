// The client lifecycle's writes: default templates and the example workflow (only when missing),
// a new client's folder and notes, task notes, check-in and feedback notes, and contact lines.
// New notes go through Vault.create, which refuses an existing path, so nothing is overwritten;
// a template problem is found before the first write, so a client is made whole or not at all.
// Every write and every template read is refused, before anything is written, when its real
// location is outside the vault (real-path.ts): as a Failure where the method returns one, else by
// rejecting with OutsideVaultError.

import { normalizePath, TFile, type TAbstractFile } from "obsidian";
import type { Client, Language } from "../core/shared/types";
import type { VaultContext } from "./context";
import type { MessageKey, Params } from "../core/i18n";
import { translator } from "../core/i18n";
import { checkNewClient, type NewClientInput, type FieldProblem } from "../core/lifecycle/new-client";
import { readFrontmatter } from "../core/notes/frontmatter";
import { clientValues, renderTemplate, type ValueContext } from "../core/lifecycle/templates";
import { clientOfNote, onboardingNotes } from "../core/lifecycle/onboarding";
import { ONBOARDING_KINDS, TEMPLATE_KINDS, type TemplateKind } from "../core/lifecycle/templates/kinds";
import { defaultTemplate, templatePath, templateTitle } from "../core/lifecycle/templates/defaults";
import { defaultWorkflow } from "../core/lifecycle/templates/workflow.default";
import { clientFolderPath, communicationPath, datedNotePath, onboardingFolderPath, tasksFolderPath } from "../core/shared/paths";
import { userZone, userHours } from "../core/settings/settings";
import { taskFileName, taskNoteText, type RequestInput } from "../core/lifecycle/request";
import { appendContact, contactLine, dayIn, newCommunicationNote, type NewContact } from "../core/lifecycle/communication";
import { parseWorkflow, type WorkflowRead } from "../core/lifecycle/workflow";
import { uiLanguage } from "./language";
import { parseSubcontractor, type Subcontractor } from "../core/lifecycle/subcontractors";
import { assertInside, refusalOf } from "./real-path";
import { findPackage, readPackages, type PackageInfo } from "../core/billing/package-note";
import { welcomePackage } from "../core/billing/client-package";

export type Failure = { ok: false; key: MessageKey; params: Params };
export type Done<T> = ({ ok: true } & T) | Failure;

export class LifecycleWriter {
  constructor(private readonly ctx: VaultContext) {}

  private get vault() {
    return this.ctx.app.vault;
  }

  private myZone(): string {
    return userZone(this.ctx.settings);
  }

  /** Writes each default template of `language` whose file is missing; a user's file is left alone. */
  async ensureTemplates(language: Language): Promise<void> {
    const folder = normalizePath(this.ctx.settings.templatesFolder);
    for (const kind of TEMPLATE_KINDS) {
      const path = normalizePath(templatePath(folder, kind, language));
      if (this.vault.getAbstractFileByPath(path) !== null) continue;
      assertInside(this.ctx, path);
      await this.ensureFolder(folder);
      await this.vault.create(path, defaultTemplate(kind, language).text);
    }
  }

  /** Writes the example workflow when the workflows folder holds no note at all. */
  async ensureWorkflows(): Promise<void> {
    const folder = normalizePath(this.ctx.settings.workflowsFolder);
    const existing = this.vault.getFolderByPath(folder);
    if (existing && existing.children.some((f) => f instanceof TFile && f.extension === "md")) return;
    const w = defaultWorkflow(uiLanguage(this.ctx.settings));
    const path = normalizePath(`${folder}/${w.title}.md`);
    if (this.vault.getAbstractFileByPath(path) !== null) return;
    assertInside(this.ctx, path);
    await this.ensureFolder(folder);
    await this.vault.create(path, w.text);
  }

  /** The workflow notes of the workflows folder, read; the bad ones carry their message. */
  async workflows(): Promise<WorkflowRead[]> {
    await this.ensureWorkflows();
    const folder = this.vault.getFolderByPath(normalizePath(this.ctx.settings.workflowsFolder));
    const files = (folder?.children ?? []).filter((f): f is TFile => f instanceof TFile && f.extension === "md");
    const out: WorkflowRead[] = [];
    for (const f of files.sort((a, b) => a.basename.localeCompare(b.basename))) out.push(await this.readWorkflow(f));
    return out;
  }

  async readWorkflow(file: TFile): Promise<WorkflowRead> {
    // The stages are headings and checklists of the body, so the text is read; the fields come
    // from the metadata cache once it has read the note (a note just written may not be there yet).
    const text = await this.vault.cachedRead(file);
    return parseWorkflow(file.path, text, this.cachedFrontmatter(file) ?? readFrontmatter(text).data);
  }

  /** The note's frontmatter as the metadata cache read it: null without any, undefined when not cached yet. */
  private cachedFrontmatter(file: TFile): Record<string, unknown> | null | undefined {
    const cache = this.ctx.app.metadataCache.getFileCache(file);
    if (cache === null) return undefined;
    return cache.frontmatter ?? null;
  }

  /** A workflow note by the link a task holds: resolved like a link, else by name in the workflows folder. */
  findWorkflowFile(target: string, from: string): TFile | null {
    const linked = this.ctx.app.metadataCache.getFirstLinkpathDest(target, from);
    if (linked) return linked;
    return this.vault.getFileByPath(normalizePath(`${this.ctx.settings.workflowsFolder}/${target}.md`));
  }

  private async templateText(kind: TemplateKind, language: Language): Promise<{ file: string; text: string }> {
    await this.ensureTemplates(language);
    const path = normalizePath(templatePath(this.ctx.settings.templatesFolder, kind, language));
    const file = this.vault.getFileByPath(path);
    if (file) assertInside(this.ctx, path, true);
    return { file: path, text: file ? await this.vault.read(file) : defaultTemplate(kind, language).text };
  }

  /** What placeholders are filled from: my zone and hours, the clock, day names in the client's language. */
  private valueContext(client: Client, now: number): ValueContext {
    const clientT = translator(client.language);
    const hours = userHours(this.ctx.settings);
    return { myZone: this.myZone(), myHours: hours, now, dayName: (d) => clientT(`lifecycle.day.${d}`) };
  }

  private async render(kind: TemplateKind, client: Client, now: number): Promise<Done<{ text: string }>> {
    let template: { file: string; text: string };
    try {
      template = await this.templateText(kind, client.language);
    } catch (e) {
      const refused = refusalOf(e);
      if (refused) return refused;
      throw e;
    }
    const { file, text } = template;
    const r = renderTemplate(file, text, clientValues(client, this.valueContext(client, now)));
    if (r.ok) return { ok: true, text: r.text };
    return { ok: false, key: "lifecycle.error.placeholder", params: { file: r.file, line: r.line, placeholder: r.placeholder } };
  }

  /**
   * Creates the client folder, the client note and the onboarding notes. Refused, writing nothing,
   * when a field is wrong, the folder exists or a template has an unknown placeholder.
   */
  async createClient(input: NewClientInput, now: number): Promise<Done<{ key: string; files: string[] }> | { ok: false; problems: FieldProblem[] }> {
    const check = checkNewClient(input);
    if (!check.ok) return { ok: false, problems: check.problems };
    const layout = this.ctx.indexer.index.layout;
    const folder = normalizePath(clientFolderPath(layout, check.key));
    if (this.existsAnyCase(folder)) return { ok: false, key: "lifecycle.error.folder-exists", params: { folder } };
    const notePath = normalizePath(`${folder}/${check.key}.md`);
    const client = clientOfNote(notePath, check.key, check.text, { timezone: this.myZone(), currency: this.ctx.settings.homeCurrency });
    const templates = new Map<TemplateKind, { file: string; text: string }>();
    const onboarding = normalizePath(onboardingFolderPath(layout, check.key));
    try {
      for (const kind of ONBOARDING_KINDS) templates.set(kind, await this.templateText(kind, client.language));
      // Every path the client gets, checked before the first write: made whole or not at all.
      for (const p of [folder, notePath, onboarding]) assertInside(this.ctx, p);
    } catch (e) {
      const refused = refusalOf(e);
      if (refused) return refused;
      throw e;
    }
    const pkg = input.package ? await this.packageNamed(input.package) : null;
    const welcome = pkg === null ? null : welcomePackage(pkg, client.language);
    const rendered = onboardingNotes(client, (kind) => templates.get(kind) ?? { file: "", text: "" }, this.valueContext(client, now), welcome);
    if (!rendered.ok) return { ok: false, key: "lifecycle.error.placeholder", params: { file: rendered.file, line: rendered.line, placeholder: rendered.placeholder } };
    const notes = rendered.notes.map((n) => ({ path: normalizePath(`${onboarding}/${n.title}.md`), text: n.text }));
    await this.vault.createFolder(folder);
    const files = [notePath];
    this.written(await this.vault.create(notePath, check.text), check.text);
    await this.vault.createFolder(onboarding);
    for (const n of notes) {
      await this.vault.create(n.path, n.text);
      files.push(n.path);
    }
    return { ok: true, key: check.key, files };
  }

  /** Markdown notes of a settings folder, by name. */
  notesIn(folder: string): TFile[] {
    const f = this.vault.getFolderByPath(normalizePath(folder));
    return (f?.children ?? []).filter((x): x is TFile => x instanceof TFile && x.extension === "md").sort((a, b) => a.basename.localeCompare(b.basename));
  }

  /** The package notes of the packages folder that read. */
  async packages(): Promise<PackageInfo[]> {
    const notes = [];
    for (const f of this.notesIn(this.ctx.settings.packagesFolder)) {
      const r = readFrontmatter(await this.vault.read(f));
      notes.push({ path: f.path, data: r.data, fieldLines: r.fieldLines });
    }
    return readPackages(notes);
  }

  /** The package a client's or a task's `package` names, or null. */
  async packageNamed(link: string): Promise<PackageInfo | null> {
    return findPackage(link, await this.packages());
  }

  /** The subcontractor notes, read; their problems are left to "Check client data" readers of the folder. */
  async subcontractors(): Promise<Subcontractor[]> {
    const out: Subcontractor[] = [];
    for (const f of this.notesIn(this.ctx.settings.subcontractorsFolder)) {
      // Line numbers only matter to the diagnostics, which "Check client data" gives from the index.
      const cached = this.cachedFrontmatter(f);
      if (cached !== undefined) {
        out.push(parseSubcontractor(f.path, cached, new Map(), this.ctx.settings.homeCurrency).sub);
        continue;
      }
      const r = readFrontmatter(await this.vault.cachedRead(f));
      out.push(parseSubcontractor(f.path, r.data, r.fieldLines, this.ctx.settings.homeCurrency).sub);
    }
    return out;
  }

  /** The intake checklist note of a client: in its language first, then the other one. */
  intakeFile(key: string, language: Language): TFile | null {
    const folder = onboardingFolderPath(this.ctx.indexer.index.layout, key);
    for (const lang of [language, language === "en" ? "vi" : "en"] as Language[]) {
      const f = this.vault.getFileByPath(normalizePath(`${folder}/${templateTitle("intake", lang)}.md`));
      if (f) return f;
    }
    return null;
  }

  /** Files a task note in the client's Tasks folder under a free name. */
  async createTask(client: Client, input: RequestInput, now: number): Promise<TFile> {
    const folder = normalizePath(tasksFolderPath(this.ctx.indexer.index.layout, client.key));
    assertInside(this.ctx, folder);
    await this.ensureFolder(folder);
    const name = taskFileName(input.title, (base) => this.existsAnyCase(normalizePath(`${folder}/${base}.md`)));
    const text = taskNoteText(input, now, client.timezone);
    const path = normalizePath(`${folder}/${name}`);
    assertInside(this.ctx, path);
    const file = await this.vault.create(path, text);
    this.written(file, text);
    return file;
  }

  /** Appends one contact line to the client's communication note (made when missing). */
  async logContact(client: Client, contact: Omit<NewContact, "zone">): Promise<TFile> {
    const path = normalizePath(communicationPath(this.ctx.indexer.index.layout, client.key));
    const line = contactLine({ ...contact, zone: this.myZone() });
    assertInside(this.ctx, path);
    const existing = this.vault.getFileByPath(path);
    if (existing) {
      const text = await this.vault.process(existing, (data) => appendContact(data, line));
      this.written(existing, text);
      return existing;
    }
    const text = appendContact(newCommunicationNote(client.key), line);
    const file = await this.vault.create(path, text);
    this.written(file, text);
    return file;
  }

  /** Today's check-in or feedback note of a client (its day in the client's zone): made from the template, or the existing one. */
  async datedNote(client: Client, kind: "checkin" | "survey", now: number): Promise<Done<{ file: TFile; created: boolean }>> {
    const path = normalizePath(datedNotePath(this.ctx.indexer.index.layout, client.key, kind, dayIn(now, client.timezone)));
    const existing = this.vault.getFileByPath(path);
    if (existing) return { ok: true, file: existing, created: false };
    const r = await this.render(kind, client, now);
    if (!r.ok) return r;
    try {
      assertInside(this.ctx, path);
    } catch (e) {
      const refused = refusalOf(e);
      if (refused) return refused;
      throw e;
    }
    await this.ensureFolder(path.slice(0, path.lastIndexOf("/")));
    const file = await this.vault.create(path, r.text);
    this.written(file, r.text);
    return { ok: true, file, created: true };
  }

  private written(file: TFile, text: string): void {
    this.ctx.indexer.noteWritten(file, text);
  }

  private async ensureFolder(path: string): Promise<void> {
    if (path === "" || path === "/" || this.vault.getFolderByPath(path) !== null) return;
    await this.vault.createFolder(path);
  }

  /** Whether a file or folder of that path exists, in any case: macOS and Windows vaults ignore case. */
  private existsAnyCase(path: string): boolean {
    if (this.vault.getAbstractFileByPath(path) !== null) return true;
    const lower = path.toLowerCase();
    const parent = this.vault.getAbstractFileByPath(path.slice(0, Math.max(0, path.lastIndexOf("/"))) || "/");
    const children: TAbstractFile[] = parent && "children" in parent ? (parent as { children: TAbstractFile[] }).children : [];
    return children.some((c) => c.path.toLowerCase() === lower);
  }
}
