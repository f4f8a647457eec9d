// Text a person typed (a client's name, contact and address, a task's title, a block's title, the
// VA's own details) placed into a note the plugin writes. Placed through these, it reads as the
// same words and cannot add a heading, a list, a quote, a table, a code block, HTML, a comment that
// hides the rest of the note, or a line of its own.

const LINE_BREAKS = /[\r\n\u2028\u2029\u0085\v\f]+/g;
/** What starts a block when it begins a line: heading, quote, list, rule, table, fence, HTML. */
const BLOCK_START = /^(?:[#>+*=|`~<-]|\d{1,9}[.)](?:\s|$)|\[!)/;

/** Text inside a line: one line, no HTML, no `%%` comment. */
export function inlineText(text: string): string {
  return text
    .replace(LINE_BREAKS, " ")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // Each % that another follows gets a backslash after it: no "%%" is left however many there are.
    .replace(/%(?=%)/g, "%\\");
}

/** Text that begins a line of its own: also unable to start a heading, list, quote or table. */
export function textLine(text: string): string {
  const one = inlineText(text).trim();
  return BLOCK_START.test(one) ? `\\${one}` : one;
}

/** Text in a markdown table cell: also no pipe that would end the cell. */
export function tableCell(text: string): string {
  return inlineText(text).replace(/\|/g, "\\|");
}
