// client-desk: the command-line tool on the same core as the plugin. It works on a vault folder
// while Obsidian is closed. `main` takes argv and where to print, and returns the exit code:
// 0 done, 1 `check` found errors, 2 wrong usage, 3 the vault could not be read or written.

import type { Language } from "../core/shared/types";
import { cliTranslator, type CliMessageKey, type CliTranslate } from "./messages";
import { setYamlReader } from "../core/notes/yaml";
import { jsYamlReader } from "./yaml";
import { parseArgs, type FlagSpec } from "./args";
import { makeContext, type Context } from "./context";
import { CommandFailure, UsageError } from "./errors";
import { terminalSafe, type Io } from "./output";
import { parseTimeArg } from "./time";
import { commandHelp } from "./help";
import { runCheck } from "./commands/check";
import { runClients } from "./commands/clients";
import { runDemo } from "./commands/demo";
import { runLog } from "./commands/log";
import { runTimer } from "./commands/timer";
import { runImport } from "./commands/import";
import { runExport } from "./commands/export";
import { runWeek } from "./commands/week";
import { runAgenda } from "./commands/agenda";
import { runPlan } from "./commands/plan";
import { NEW_CLIENT_FLAGS, runNewClient } from "./commands/new-client";
import { runRequest } from "./commands/request";
import { runTasks } from "./commands/tasks";
import { runReport } from "./commands/report";
import { runReview } from "./commands/review";
import { runInvoice } from "./commands/invoice";
import { runInvoices } from "./commands/invoices";
import { runConflicts } from "./commands/conflicts";
import { runAddIds } from "./commands/add-ids";
import { runForecast } from "./commands/forecast";
import { runIcs } from "./commands/ics";
import { FLOWS_COMMANDS } from "./commands/flows";
import { runBases } from "./commands/bases";
import { runTeam } from "./commands/team";
import { runApprove } from "./commands/approve";

interface Command {
  run(ctx: Context): number;
  flags: FlagSpec;
  /** Positional arguments after the command's name. */
  positionals: number;
}

const GLOBAL: FlagSpec = { values: ["now", "lang", "as"], booleans: ["json", "help"] };

const COMMANDS: Record<string, Command> = {
  clients: { run: runClients, flags: { values: ["vault"], booleans: [] }, positionals: 0 },
  check: { run: runCheck, flags: { values: ["vault"], booleans: [] }, positionals: 0 },
  conflicts: { run: runConflicts, flags: { values: ["vault"], booleans: ["merge"] }, positionals: 0 },
  log: {
    run: runLog,
    flags: { values: ["vault", "client", "start", "end", "task", "note"], booleans: ["non-billable"] },
    positionals: 0,
  },
  demo: { run: runDemo, flags: { values: ["seed"], booleans: ["force"] }, positionals: 1 },
  timer: {
    run: runTimer,
    flags: { values: ["vault", "client", "task", "note", "device", "id", "end"], booleans: ["non-billable", "keep"] },
    positionals: 1,
  },
  import: { run: runImport, flags: { values: ["vault", "date-format", "zone"], booleans: ["dry-run"] }, positionals: 2 },
  export: { run: runExport, flags: { values: ["vault", "from", "to", "client", "out"], booleans: [] }, positionals: 0 },
  week: { run: runWeek, flags: { values: ["vault", "week", "person"], booleans: [] }, positionals: 0 },
  agenda: { run: runAgenda, flags: { values: ["vault", "person"], booleans: [] }, positionals: 0 },
  plan: { run: runPlan, flags: { values: ["vault", "week"], booleans: ["dry-run"] }, positionals: 1 },
  "new-client": { run: runNewClient, flags: { values: ["vault", ...NEW_CLIENT_FLAGS], booleans: [] }, positionals: 0 },
  request: {
    run: runRequest,
    flags: { values: ["vault", "client", "title", "due", "estimate", "kind", "assignee", "package"], booleans: ["urgent", "important"] },
    positionals: 0,
  },
  tasks: { run: runTasks, flags: { values: ["vault", "client", "due-before"], booleans: ["all"] }, positionals: 0 },
  report: { run: runReport, flags: { values: ["vault", "week", "client"], booleans: ["dry-run"] }, positionals: 0 },
  review: { run: runReview, flags: { values: ["vault", "week"], booleans: ["dry-run"] }, positionals: 0 },
  invoice: { run: runInvoice, flags: { values: ["vault", "client", "month", "from", "to", "deposit", "deposit-of", "for", "amount", "date", "method"], booleans: ["dry-run"] }, positionals: 2 },
  invoices: { run: runInvoices, flags: { values: ["vault"], booleans: ["overdue"] }, positionals: 0 },
  "add-ids": { run: runAddIds, flags: { values: ["vault", "client"], booleans: ["dry-run"] }, positionals: 0 },
  forecast: { run: runForecast, flags: { values: ["vault"], booleans: [] }, positionals: 0 },
  ics: { run: runIcs, flags: { values: ["vault", "week", "client", "out"], booleans: [] }, positionals: 0 },
  ...FLOWS_COMMANDS,
  bases: { run: runBases, flags: { values: ["vault"], booleans: ["dry-run"] }, positionals: 0 },
  team: { run: runTeam, flags: { values: ["vault", "week"], booleans: [] }, positionals: 0 },
  approve: { run: runApprove, flags: { values: ["vault", "person", "week"], booleans: ["dry-run"] }, positionals: 0 },
};

const ALL: FlagSpec = {
  values: [...GLOBAL.values, ...Object.values(COMMANDS).flatMap((c) => c.flags.values)],
  booleans: [...GLOBAL.booleans, ...Object.values(COMMANDS).flatMap((c) => c.flags.booleans)],
  repeatable: Object.values(COMMANDS).flatMap((c) => c.flags.repeatable ?? []),
};

export interface MainOptions extends Partial<Io> {
  /** The clock when --now is not given; Date.now by default. */
  clock?: () => number;
}

export function main(argv: readonly string[], options: MainOptions = {}): number {
  // Frontmatter beyond flat fields is read with js-yaml here (the plugin uses Obsidian's parser).
  setYamlReader(jsYamlReader);
  const io: Io = {
    out: options.out ?? ((s) => process.stdout.write(s)),
    err: options.err ?? ((s) => process.stderr.write(s)),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
  };
  const asked = langFlag(argv);
  let lang: Language = asked ?? languageFromEnv(io.env);
  try {
    if (asked === undefined && langValue(argv) !== undefined) {
      lang = "en";
      throw new UsageError("cli.error.lang-invalid", { value: langValue(argv) as string });
    }
    const args = parseArgs(argv, ALL);
    const name = args.positionals[0];
    const command = name !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (args.booleans.has("help")) {
      const t = cliTranslator(lang);
      io.out(`${command && name !== undefined ? commandHelp(t, usageText(t), name, command.flags) : usageText(t)}\n`);
      return 0;
    }
    if (name === undefined) throw new UsageError("cli.error.no-command");
    if (!command) throw new UsageError("cli.error.command-unknown", { value: name, commands: Object.keys(COMMANDS).join(", ") });
    const allowed = new Set([...GLOBAL.values, ...GLOBAL.booleans, ...command.flags.values, ...command.flags.booleans]);
    for (const flag of [...args.values.keys(), ...args.lists.keys(), ...args.booleans]) {
      if (!allowed.has(flag)) throw new UsageError("cli.error.flag-not-for-command", { flag: `--${flag}`, command: name });
    }
    if (args.positionals.length > command.positionals + 1) {
      throw new UsageError("cli.error.argument-extra", { value: args.positionals[command.positionals + 1] });
    }
    const now = args.values.get("now");
    // Only the form is checked here; a local --now is read later in the vault's zone.
    if (now !== undefined && !parseTimeArg(now, "UTC").ok) {
      throw new UsageError("cli.error.time-invalid", { flag: "--now", value: now, zone: cliTranslator(lang)("cli.your-zone") });
    }
    const ctx = makeContext(io, args, lang, asked !== undefined, options.clock ?? Date.now);
    try {
      return command.run(ctx);
    } finally {
      lang = ctx.lang;
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof CommandFailure) {
      io.err(`${terminalSafe(`client-desk: ${cliTranslator(lang)(e.key, e.params)}`)}\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    io.err(`${terminalSafe(`client-desk: ${cliTranslator(lang)("cli.error.internal", { reason: message.split("\n")[0] })}`)}\n`);
    return 3;
  }
}

/** Each feature's lines of the usage (its own catalog file), put at the end of the command list. */
const FEATURE_USAGE: CliMessageKey[] = ["cli.usage.timer", "cli.usage.import", "cli.usage.week", "cli.usage.agenda", "cli.usage.plan", "cli.usage.lifecycle", "cli.usage.report", "cli.usage.invoice", "cli.usage.invoice-lifecycle", "cli.usage.entry-ids", "cli.usage.forecast", "cli.usage.ics", "cli.usage.flows", "cli.usage.bases", "cli.usage.team"];

function usageText(t: CliTranslate): string {
  const lines = t("cli.usage").split("\n");
  const extra = FEATURE_USAGE.flatMap((k) => t(k).split("\n"));
  const end = lines.findIndex((l, i) => i > 0 && l === "" && lines[i - 1].startsWith("  "));
  lines.splice(end === -1 ? lines.length : end, 0, ...extra);
  return lines.join("\n");
}

/** The value of --lang when it is en or vi; undefined when absent or anything else. */
function langFlag(argv: readonly string[]): Language | undefined {
  const v = langValue(argv);
  return v === "en" || v === "vi" ? v : undefined;
}

function langValue(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i].startsWith("--lang=")) return argv[i].slice(7);
    if (argv[i] === "--lang") return argv[i + 1];
  }
  return undefined;
}

/** Vietnamese when the environment's locale is (LC_ALL, LC_MESSAGES, LANG), English otherwise. */
function languageFromEnv(env: Record<string, string | undefined>): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("vi") ? "vi" : "en";
}
