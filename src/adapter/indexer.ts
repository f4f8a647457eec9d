// Keeps the core VaultIndex in step with the vault. The cold index starts after layout-ready and
// the metadata cache's first `resolved`, and reads files in slices that yield to the editor; after
// that each change re-reads one file.

import { Component, Events, TFile, type App, type CachedMetadata, type TAbstractFile } from "obsidian";
import { VaultIndex } from "../core/index/vault-index";
import type { IndexOptions } from "../core/index/indexed-notes";

/** Plan notes parsed between yields once the cold start is done (a week's note takes ~0.2 ms). */
const PLANS_PER_SLICE = 8;
/** Work per slice before yielding, so typing never waits on indexing for longer than a frame. */
const SLICE_MS = 8;
const RESOLVED_FALLBACK_MS = 3000;

export class Indexer extends Component {
  readonly events = new Events();
  ready = false;
  private current: VaultIndex | null = null;
  private options: IndexOptions | null = null;
  private generation = 0;
  private markReady!: () => void;
  /** Settles when the first full index is in place; commands that need data wait on it. */
  readonly whenReady = new Promise<void>((resolve) => (this.markReady = resolve));
  private stopped = false;

  /** `options` is asked on first need, not in onload: it holds the user's zone, and looking a zone up starts ICU (~20 ms on a cold start). */
  constructor(
    private readonly app: App,
    private readonly optionsNow: () => IndexOptions,
  ) {
    super();
  }

  /** The index in place: an empty one until the first build is done. */
  get index(): VaultIndex {
    return (this.current ??= new VaultIndex(this.currentOptions()));
  }

  private currentOptions(): IndexOptions {
    return (this.options ??= this.optionsNow());
  }

  override onload(): void {
    const { vault, metadataCache } = this.app;
    this.registerEvent(
      metadataCache.on("changed", (file, data, cache) => {
        if (this.index.wants(file.path)) this.apply(file, data, cache);
      }),
    );
    this.registerEvent(vault.on("create", (file) => void this.readOne(file)));
    // The metadata cache reads markdown only: a calendar (.ics) is read again when the vault says it changed.
    this.registerEvent(
      vault.on("modify", (file) => {
        if (file instanceof TFile && file.extension !== "md") void this.readOne(file);
      }),
    );
    this.registerEvent(
      vault.on("delete", (file) => {
        if (!this.index.wants(file.path)) return;
        this.index.removeFile(file.path);
        this.changed();
      }),
    );
    this.registerEvent(
      vault.on("rename", (file, oldPath) => {
        if (this.index.wants(oldPath)) {
          this.index.removeFile(oldPath);
          this.changed();
        }
        void this.readOne(file);
      }),
    );
  }

  override onunload(): void {
    this.stopped = true;
  }

  /** Called once the workspace layout is ready. */
  start(): void {
    const { metadataCache, vault } = this.app;
    let started = false;
    const go = () => {
      if (started) return;
      started = true;
      void this.rebuild();
    };
    // Frontmatter is trusted once the metadata cache has read every file we want; until then
    // wait for its `resolved`, with a fallback for when that already fired before we loaded.
    const cached = vault
      .getMarkdownFiles()
      .every((f) => !this.index.wants(f.path) || metadataCache.getFileCache(f) !== null);
    if (cached) {
      go();
      return;
    }
    this.registerEvent(metadataCache.on("resolved", go));
    const timer = window.setTimeout(go, RESOLVED_FALLBACK_MS);
    this.register(() => window.clearTimeout(timer));
  }

  /** Reads every wanted file again, for a cold start or after the folder settings changed. */
  async rebuild(options?: IndexOptions): Promise<void> {
    if (options) this.options = options;
    const generation = ++this.generation;
    const next = new VaultIndex(this.currentOptions());
    const files = this.app.vault.getFiles().filter((f) => next.wants(f.path));
    let sliceStart = performance.now();
    for (const file of files) {
      if (generation !== this.generation || this.stopped) return;
      const text = await this.app.vault.cachedRead(file);
      next.setFile(file.path, text, this.frontmatterOf(file));
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToEditor();
        sliceStart = performance.now();
      }
    }
    if (generation !== this.generation) return;
    this.current = next;
    this.ready = true;
    this.markReady();
    this.changed();
    // Plan notes were kept as text to start sooner; parsed now, a few at a time, so that the index
    // at rest holds their compact stores (about half the memory) and the first week view is quick.
    while (generation === this.generation && !this.stopped && next.parseShelvedPlans(PLANS_PER_SLICE)) await yieldToEditor();
  }

  private async readOne(file: TAbstractFile): Promise<void> {
    if (!(file instanceof TFile) || !this.index.wants(file.path)) return;
    const text = await this.app.vault.cachedRead(file);
    this.index.setFile(file.path, text, this.frontmatterOf(file));
    this.changed();
  }

  private apply(file: TFile, data: string, cache: CachedMetadata): void {
    // Without frontmatter from Obsidian the core reads the text itself, which reports broken YAML.
    this.index.setFile(file.path, data, cache.frontmatter ?? undefined);
    this.changed();
  }

  /**
   * A note the plugin itself just wrote (the timer's log lines): indexed from the text written, so
   * that the next command sees it without waiting for the metadata cache. The cache's 'changed'
   * re-reads it moments later, as for any change.
   */
  noteWritten(file: TFile, text: string): void {
    if (!this.ready || !this.index.wants(file.path)) return;
    this.index.setFile(file.path, text, this.frontmatterOf(file));
    this.changed();
  }

  private frontmatterOf(file: TFile): Record<string, unknown> | null | undefined {
    const fm = this.app.metadataCache.getFileCache(file)?.frontmatter;
    return fm ?? undefined;
  }

  private changed(): void {
    this.events.trigger("changed");
  }

  onChanged(callback: () => void): ReturnType<Events["on"]> {
    return this.events.on("changed", callback);
  }
}

function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, 0));
}
