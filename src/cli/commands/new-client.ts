// `client-desk new-client`: a client folder with its client note and onboarding notes, from the
// vault's templates (the built-in ones where the vault has none). Refuses an existing folder.

import { requireOwner } from "../team-as";
import { userHours } from "../../core/settings/settings";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { BillingModel, Language, Weekday } from "../../core/shared/types";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { flagProblem } from "../flag-problem";
import { openVault } from "./common";
import { checkNewClient, type NewClientInput } from "../../core/lifecycle/new-client";
import { clientOfNote, onboardingNotes } from "../../core/lifecycle/onboarding";
import { defaultTemplate, templatePath } from "../../core/lifecycle/templates/defaults";
import { translator, type MessageKey } from "../../core/i18n";
import { clientFolderPath, onboardingFolderPath } from "../../core/shared/paths";
import { VaultWriter } from "../vault-writer";
import { notesIn } from "../notes-in";
import { findPackage, readPackages } from "../../core/billing/package-note";
import { welcomePackage } from "../../core/billing/client-package";

/** Each field of the form and its flag. */
const FLAGS: [keyof NewClientInput, string][] = [
  ["name", "name"],
  ["timezone", "timezone"],
  ["currency", "currency"],
  ["billing", "billing"],
  ["rate", "rate"],
  ["retainerFee", "retainer-fee"],
  ["retainerHours", "retainer-hours"],
  ["language", "language"],
  ["reportDay", "report-day"],
  ["channelFormal", "channel-formal"],
  ["channelQuick", "channel-quick"],
  ["channelMeetings", "channel-meetings"],
  ["responseHours", "response-hours"],
  ["workingHours", "working-hours"],
  ["contact", "contact"],
  ["email", "email"],
  ["package", "package"],
  ["status", "status"],
];

export const NEW_CLIENT_FLAGS = FLAGS.map(([, f]) => f);

export interface NewClientJson {
  key: string;
  folder: string;
  files: string[];
}

export function runNewClient(ctx: Context): number {
  const vault = openVault(ctx);
  requireOwner(ctx, vault);
  const now = ctx.now(vault.zone);
  const v = (flag: string) => ctx.args.values.get(flag);
  requireValue(ctx, "name");
  const status = v("status") ?? "onboarding";
  if (!["lead", "onboarding", "active"].includes(status)) throw new UsageError("lifecycle.cli.status-invalid", { value: status });
  const input: NewClientInput = {
    name: v("name") ?? "",
    timezone: v("timezone") ?? vault.zone,
    currency: v("currency") ?? vault.settings.homeCurrency,
    billing: (v("billing") ?? "hourly") as BillingModel,
    rate: v("rate") ?? "",
    retainerFee: v("retainer-fee"),
    retainerHours: v("retainer-hours"),
    language: (v("language") ?? "en") as Language,
    reportDay: (v("report-day") ?? "fri") as Weekday | "none",
    channelFormal: v("channel-formal") ?? "email",
    channelQuick: v("channel-quick"),
    channelMeetings: v("channel-meetings"),
    responseHours: v("response-hours"),
    workingHours: v("working-hours"),
    contact: v("contact"),
    email: v("email"),
    package: v("package"),
    status: status as NewClientInput["status"],
  };
  const check = checkNewClient(input);
  if (!check.ok) {
    for (const p of check.problems) {
      const flag = FLAGS.find(([k]) => k === p.field)?.[1] ?? p.field;
      ctx.io.err(terminalSafe(`client-desk: ${flagProblem(ctx.t, flag, p.key, p.params)}`) + "\n");
    }
    return 2;
  }
  const layout = vault.index.layout;
  const folder = clientFolderPath(layout, check.key);
  const rootDir = join(vault.root, layout.clientsRoot);
  const taken = existsSync(rootDir) ? readdirSync(rootDir).some((n) => n.toLowerCase() === check.key.toLowerCase()) : false;
  if (taken) throw new CommandFailure("lifecycle.error.folder-exists", { folder });
  const notePath = `${folder}/${check.key}.md`;
  const client = clientOfNote(notePath, check.key, check.text, { timezone: vault.zone, currency: vault.settings.homeCurrency });
  const templates = vault.settings.templatesFolder;
  const clientT = translator(client.language);
  const writer = new VaultWriter(vault.root);
  const pkg = findPackage(input.package ?? null, readPackages(notesIn(vault.root, vault.settings.packagesFolder)));
  if ((input.package ?? "").trim() !== "" && pkg === null) throw new CommandFailure("flows.cli.package-unknown", { value: input.package ?? "", folder: vault.settings.packagesFolder });
  const notes = onboardingNotes(
    client,
    (kind) => {
      const file = templatePath(templates, kind, client.language);
      // A template is copied into the client's notes: its real path must be inside the vault.
      const abs = writer.target(file);
      return { file, text: existsSync(abs) ? readFileSync(abs, "utf8") : defaultTemplate(kind, client.language).text };
    },
    {
      myZone: vault.zone,
      myHours: userHours(vault.settings),
      now,
      dayName: (d) => clientT(`lifecycle.day.${d}` as MessageKey),
    },
    pkg === null ? null : welcomePackage(pkg, client.language),
  );
  if (!notes.ok) throw new CommandFailure("lifecycle.error.placeholder", { file: notes.file, line: notes.line, placeholder: notes.placeholder });
  const onboarding = onboardingFolderPath(layout, check.key);
  const files = [notePath, ...notes.notes.map((n) => `${onboarding}/${n.title}.md`)];
  const texts = [check.text, ...notes.notes.map((n) => n.text)];
  for (const f of files) writer.target(f, folder);
  files.forEach((f, i) => {
    if (!writer.create(f, texts[i], folder)) throw new CommandFailure("cli.error.note-exists", { path: f });
  });
  if (ctx.json) {
    const out: NewClientJson = { key: check.key, folder, files };
    printJson(ctx.io, out);
  } else printLines(ctx.io, [ctx.t("lifecycle.cli.created", { folder, count: files.length }), ...files.map((f) => `  ${f}`)]);
  return 0;
}
