// The index's part for the client lifecycle: check-in and feedback-survey days (from the notes'
// names, so their text is not kept) and each client's communication log. Fed one file at a time.

import type { Diagnostic } from "../shared/types";
import { parseContacts, type Contact } from "../lifecycle/communication";
import { append } from "../shared/append";

type Kind = { kind: "checkin" | "survey"; key: string; date: string } | { kind: "contacts"; key: string };

export class LifecycleNotes {
  private readonly dated = new Map<string, { key: string; kind: "checkin" | "survey"; date: string }>();
  private readonly logs = new Map<string, { key: string; contacts: Contact[]; diagnostics: Diagnostic[] }>();

  set(path: string, kind: Kind, text: string): void {
    if (kind.kind === "contacts") this.logs.set(path, { key: kind.key, ...parseContacts(path, text) });
    else this.dated.set(path, { key: kind.key, kind: kind.kind, date: kind.date });
  }

  remove(path: string): boolean {
    return this.dated.delete(path) || this.logs.delete(path);
  }

  last(key: string, kind: "checkin" | "survey"): string | null {
    let best: string | null = null;
    for (const d of this.dated.values()) {
      if (d.key === key && d.kind === kind && (best === null || d.date > best)) best = d.date;
    }
    return best;
  }

  contacts(key: string): Contact[] {
    const out: Contact[] = [];
    for (const log of this.logs.values()) if (log.key === key) append(out, log.contacts);
    return out.sort((a, b) => a.at - b.at);
  }

  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const log of this.logs.values()) append(out, log.diagnostics);
    return out;
  }
}
