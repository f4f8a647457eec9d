// `client-desk <command> --help`: that command's lines of the usage, its own options and an example,
// instead of the whole usage. The lines come from the same catalog text as the global help, so the
// two never disagree.

import type { FlagSpec } from "./args";
import type { CliKey, CliTranslate } from "./messages";

/** The usage lines of `name`: each line starting with it, and the indented lines that continue it. */
export function commandUsageLines(usage: string, name: string): string[] {
  const lines = usage.split("\n");
  const out: string[] = [];
  let inside = false;
  for (const line of lines) {
    const own = line.startsWith(`  ${name} `) || line === `  ${name}`;
    if (own) {
      inside = true;
      out.push(line);
    } else if (inside && /^ {3,}\S/.test(line)) {
      out.push(line);
    } else {
      inside = false;
    }
  }
  return out;
}

export function commandHelp(t: CliTranslate, usage: string, name: string, flags: FlagSpec): string {
  const options = [...flags.values.map((f) => `--${f}`), ...flags.booleans.map((f) => `--${f}`)];
  return [
    t("cli.help.usage"),
    ...commandUsageLines(usage, name),
    "",
    ...(options.length > 0 ? [t("cli.help.flags", { command: name }), `  ${options.join(", ")}`] : []),
    t("cli.help.global"),
    "",
    t("cli.help.example"),
    `  ${t(`cli.help.example.${name}` as CliKey)}`,
    "",
    t("cli.help.more"),
  ].join("\n");
}
