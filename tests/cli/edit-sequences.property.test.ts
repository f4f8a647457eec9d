// @vitest-environment node
// Random sequences of CLI writes (log, timer start/stop, add-ids) and hand edits (free text, CRLF,
// a byte order mark, near-miss lines, a duplicated line) on one vault. After every step:
// - every line written by hand is still in its note, byte for byte, as often as it was written;
// - a note that began with a byte order mark still does;
// - a near-miss line is never read as an entry (so never as a running timer), and a CLI write never
//   changes it.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLogNote } from "../../src/core/notes/log-note";
import { removeDir, run, tempDir, writeTree } from "./helpers";
import { CLIENTS, clientNotePath, note, settingsFile } from "../support/vault";

const LOG = "Clients/Acme/Log/2026-11.md";
/** An instant as Ho Chi Minh City's wall clock with its offset. */
const local = (ms: number) => `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16)}+07:00`;

type Op =
  | { kind: "log"; day: number; hour: number; minutes: number }
  | { kind: "start"; day: number; hour: number; task: string | null }
  | { kind: "stop"; day: number; hour: number }
  | { kind: "add-ids" }
  | { kind: "hand"; line: string; crlf: boolean }
  | { kind: "duplicate"; which: number };

const NEAR_MISS = [
  "- [start:: 2026-11-03T09:00+07:00] [End:: 2026-11-03T10:00+07:00] typo ^cd-near0001",
  "- [start:: 2026-11-03T09:00+07:00] [end: 2026-11-03T10:00+07:00] one colon",
  "- [start:: 2026-11-03T09:00+07:00] (end:: 2026-11-03T10:00+07:00) parens",
  "- [start:: 2026-11-03T09:00+07:00] missing bracket [end:: 2026-11-03T10:00+07:00",
  "- [Start:: 2026-11-03T09:00+07:00] capital start",
];
const HAND = ["Notes from the call: send the *draft* by Friday.", "- worked 2h on the newsletter", "", "## Week 45", "%% private %%", "- [ ] follow up", ...NEAR_MISS];

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("log" as const), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 20 }), minutes: fc.integer({ min: 1, max: 180 }) }),
  fc.record({ kind: fc.constant("start" as const), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 22 }), task: fc.constantFrom(null, "Inbox") }),
  fc.record({ kind: fc.constant("stop" as const), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 23 }) }),
  fc.constant({ kind: "add-ids" as const }),
  fc.record({ kind: fc.constant("hand" as const), line: fc.constantFrom(...HAND), crlf: fc.boolean() }),
  fc.record({ kind: fc.constant("duplicate" as const), which: fc.nat() }),
);

describe("CLI writes and hand edits, in any order", () => {
  it("keep every byte written by hand and never misread a line", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(opArb, { minLength: 1, maxLength: 12 }), (bom, ops) => {
        const vault = tempDir();
        try {
          writeTree(vault, { ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh" }), [clientNotePath("Acme")]: note(CLIENTS.harbour) });
          const abs = join(vault, LOG);
          if (bom) writeTree(vault, { [LOG]: "\ufeff# November\n" });
          const hand = new Map<string, number>();
          const read = () => (existsSync(abs) ? readFileSync(abs, "utf8") : "");
          const count = (text: string, line: string) => text.split(/\r?\n/).filter((l) => l === line).length;
          for (const op of ops) {
            const at = (day: number, hour: number, plus = 0) => local(Date.parse(`2026-11-${String(day).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00+07:00`) + plus * 60_000);
            if (op.kind === "log") {
              run(["log", "--vault", vault, "--client", "Acme", "--start", at(op.day, op.hour), "--end", at(op.day, op.hour, op.minutes)]);
            } else if (op.kind === "start") {
              run(["timer", "start", "--vault", vault, "--client", "Acme", ...(op.task ? ["--task", op.task] : []), "--now", at(op.day, op.hour), "--keep"]);
            } else if (op.kind === "stop") {
              run(["timer", "stop", "--vault", vault, "--now", at(op.day, op.hour), "--keep"]);
            } else if (op.kind === "add-ids") {
              run(["add-ids", "--vault", vault]);
            } else if (op.kind === "hand") {
              const text = read();
              const eol = op.crlf ? "\r\n" : "\n";
              const base = text === "" ? "" : text.endsWith("\n") ? text : `${text}${eol}`;
              writeTree(vault, { [LOG]: `${base}${op.line}${eol}` });
              hand.set(op.line, (hand.get(op.line) ?? 0) + 1);
            } else {
              const lines = read().split(/\r?\n/).filter((l) => l.startsWith("- [start:: ") && !NEAR_MISS.includes(l));
              if (lines.length > 0) {
                const line = lines[op.which % lines.length];
                writeFileSync(abs, `${read().replace(/\r?\n?$/, "\n")}${line}\n`);
                hand.set(line, (hand.get(line) ?? 0) + 1);
              }
            }
            const text = read();
            for (const [line, n] of hand) {
              // add-ids may give a hand-typed entry line without an id its id: the line is still there, with it.
              const kept = count(text, line) + (line.startsWith("- [start:: ") ? text.split(/\r?\n/).filter((l) => l.startsWith(`${line} ^cd-`) || l.startsWith(`${line}  ^cd-`)).length : 0);
              expect(kept).toBeGreaterThanOrEqual(n);
            }
            if (bom && text !== "") expect(text.startsWith("\ufeff")).toBe(true);
            const parsed = parseLogNote(LOG, "Acme", text);
            const read1 = new Set(parsed.entries.map((e) => e.line));
            text.split(/\r?\n/).forEach((l, i) => {
              if (NEAR_MISS.includes(l)) expect(read1.has(i + 1)).toBe(false);
            });
          }
        } finally {
          removeDir(vault);
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
