// The vault's file objects. Like Obsidian, one object per path that is updated in place on rename.
import type * as O from "obsidian";
import { baseName, extensionOf, stripExtension } from "./path";
import type { Vault } from "./vault";

export abstract class TAbstractFile implements O.TAbstractFile {
  vault!: Vault;
  path = "";
  name = "";
  parent: TFolder | null = null;

  /** Internal: moves the object to a new path (rename). */
  _setPath(path: string): void {
    this.path = path;
    this.name = path === "/" ? "" : baseName(path);
  }
}

export class TFile extends TAbstractFile implements O.TFile {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = "";
  extension = "";

  constructor(vault?: Vault, path?: string) {
    super();
    if (vault) this.vault = vault;
    if (path !== undefined) this._setPath(path);
  }

  override _setPath(path: string): void {
    super._setPath(path);
    this.extension = extensionOf(this.name);
    this.basename = this.extension ? stripExtension(this.name) : this.name;
  }
}

export class TFolder extends TAbstractFile implements O.TFolder {
  children: TAbstractFile[] = [];

  constructor(vault?: Vault, path?: string) {
    super();
    if (vault) this.vault = vault;
    if (path !== undefined) this._setPath(path);
  }

  isRoot(): boolean {
    return this.path === "/";
  }
}
