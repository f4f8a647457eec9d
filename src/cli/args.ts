// A tiny argv parser: `--flag value`, `--flag=value`, boolean `--flag`, positionals, and `--` to
// end the options. Which flags take a value is declared, so `--json` never swallows an argument.

import { UsageError } from "./errors";

export interface FlagSpec {
  /** Flags that take a value, without the leading dashes. */
  values: readonly string[];
  /** Flags that take none. */
  booleans: readonly string[];
  /** Value flags that may be given more than once (each value kept, in order, in `lists`). */
  repeatable?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Map<string, string>;
  booleans: Set<string>;
  /** Every value of a repeatable flag, in order. */
  lists: Map<string, string[]>;
}

const ALIASES: Record<string, string> = { "-h": "--help" };

export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
  const out: ParsedArgs = { positionals: [], values: new Map(), booleans: new Set(), lists: new Map() };
  let i = 0;
  while (i < argv.length) {
    const raw = ALIASES[argv[i]] ?? argv[i];
    i++;
    if (raw === "--") {
      out.positionals.push(...argv.slice(i));
      break;
    }
    if (!raw.startsWith("--") || raw === "--") {
      out.positionals.push(raw);
      continue;
    }
    const eq = raw.indexOf("=");
    const name = raw.slice(2, eq === -1 ? undefined : eq);
    const inline = eq === -1 ? null : raw.slice(eq + 1);
    if (spec.booleans.includes(name)) {
      if (inline !== null) throw new UsageError("cli.error.flag-takes-no-value", { flag: `--${name}` });
      if (out.booleans.has(name)) throw new UsageError("cli.error.flag-repeated", { flag: `--${name}` });
      out.booleans.add(name);
      continue;
    }
    if (spec.values.includes(name)) {
      let value = inline;
      if (value === null) {
        if (i >= argv.length || argv[i].startsWith("--")) {
          throw new UsageError("cli.error.flag-needs-value", { flag: `--${name}` });
        }
        value = argv[i];
        i++;
      }
      if (spec.repeatable?.includes(name)) out.lists.set(name, [...(out.lists.get(name) ?? []), value]);
      else if (out.values.has(name)) throw new UsageError("cli.error.flag-repeated", { flag: `--${name}` });
      out.values.set(name, value);
      continue;
    }
    throw new UsageError("cli.error.flag-unknown", { flag: `--${name}` });
  }
  return out;
}
