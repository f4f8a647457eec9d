// Writing to a weekly plan note: a new week note and the canonical line of a new block. Pure text
// in, text out; the planner view, the weekly template, the slot finder and the CLI all write
// through these, so a plan note reads the same whichever wrote it.

import { linkTo, sanitizeInline, serializeTimedLine } from "./timed-line";

const WEEK = /^(\d{4})-W(\d{2})$/;

/** The text of a new weekly plan note (docs/vault-format.md): frontmatter, a heading, a blank line. */
export function newPlanNote(week: string): string {
  const m = WEEK.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  return `---\ntype: plan\nweek: ${week}\n---\n# Week ${+m[2]}, ${m[1]}\n\n`;
}

export interface BlockInput {
  /** Block id without the caret, e.g. from newEntryId(). */
  id: string;
  /** The client's key (its folder name); written as a link to the client note. */
  clientKey: string;
  start: number;
  startOffset: number;
  end: number;
  endOffset: number;
  title?: string | null;
}

/** The canonical line of a new block; the title is made safe for one line and the field grammar. */
export function blockLine(input: BlockInput): string {
  if (!/^[A-Za-z0-9-]+$/.test(input.id)) throw new RangeError(`not a block id: ${input.id}`);
  if (input.end <= input.start) throw new RangeError("end must be after start");
  return serializeTimedLine({
    start: input.start,
    startOffset: input.startOffset,
    end: input.end,
    endOffset: input.endOffset,
    client: linkTo(input.clientKey),
    task: null,
    device: null,
    text: input.title == null ? "" : sanitizeInline(input.title).replace(/\s+/g, " "),
    billable: true,
    id: input.id,
  });
}
