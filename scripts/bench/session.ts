// A long session of edits on a built index, for the memory figure "after a session" (issue 14,
// item 3): what the plugin's index holds after a day of work rather than right after its start.
// Each edit is what the plugin does on a vault change: the note's new text handed to setFile.
// Kinds, in turn: a word added to an entry's note (a typo fixed), a new entry appended (a timer
// stopped: its new id checked as unused first, as the log writer does), a line of the week's plan
// note retitled (a block moved in the planner). The problems view is opened once, at the start.

import type { VaultIndex } from "../../src/core/index/vault-index";
import { vaultProblems } from "../../src/core/time/check";

const ENTRY = /^- \[start:: [^\]]+\] \[end:: [^\]]+\].* \^cd-[a-z0-9]+$/;

/** Applies `edits` edits to the month's log notes and the week's plan note; returns the entries added. */
export function editSession(index: VaultIndex, notes: { path: string; text: string }[], plan: { path: string; text: string } | null, edits: number): number {
  // The notes' current texts live here only while editing: nothing of them is held afterwards.
  const texts = notes.map((n) => n.text);
  // The session opens the problems view once, as a user checking the vault does.
  vaultProblems(index, Date.UTC(2026, 4, 15), { maxEntryHours: 12 });
  let planText = plan?.text ?? null;
  let added = 0;
  for (let k = 0; k < edits; k++) {
    const n = k % notes.length;
    const lines = texts[n].split("\n");
    const kind = k % 3;
    if (kind === 0) {
      const at = lines.findIndex((l, i) => i >= (k >> 2) % lines.length && ENTRY.test(l));
      const line = at >= 0 ? at : lines.findIndex((l) => ENTRY.test(l));
      if (line >= 0) lines[line] = lines[line].replace(/ \^cd-/, ` edited ${k} ^cd-`);
    } else if (kind === 1) {
      const day = String(1 + (k % 28)).padStart(2, "0");
      const minute = String(k % 60).padStart(2, "0");
      const id = `s${k.toString(36).padStart(7, "0")}`;
      // As the plugin's log writer does before writing a stopped timer: the new id must be unused.
      if (index.hasId(`cd-${id}`)) throw new Error(`the session's id cd-${id} is taken`);
      const entry = `- [start:: 2026-05-${day}T06:${minute}+07:00] [end:: 2026-05-${day}T06:${minute === "59" ? "59" : String((k % 60) + 1).padStart(2, "0")}:30+07:00] Follow-up call ${k} ^cd-${id}`;
      const last = lines.length > 0 && lines[lines.length - 1] === "" ? lines.length - 1 : lines.length;
      lines.splice(last, 0, entry);
      added++;
    } else if (plan && planText !== null) {
      const planLines = planText.split("\n");
      const at = planLines.findIndex((l, i) => i >= k % planLines.length && l.startsWith("- [start:: "));
      if (at >= 0) planLines[at] = planLines[at].replace(/ \^cd-/, ` (moved ${k}) ^cd-`);
      planText = planLines.join("\n");
      index.setFile(plan.path, planText);
      continue;
    }
    texts[n] = lines.join("\n");
    index.setFile(notes[n].path, texts[n]);
  }
  return added;
}
