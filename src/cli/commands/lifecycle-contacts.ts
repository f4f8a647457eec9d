// `client-desk contact`, `checkin`, `survey`: "Log contact" and today's check-in or feedback note,
// on the same core as the plugin (communication.ts, templates.ts). A check-in or survey written
// here is what the agenda reads as the client's last one.

import { existsSync, readFileSync } from "node:fs";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { openVault } from "./common";
import { findClient } from "./log";
import { VaultWriter } from "../vault-writer";
import { appendContact, contactLine, dayIn, newCommunicationNote } from "../../core/lifecycle/communication";
import { clientValues, renderTemplate } from "../../core/lifecycle/templates";
import { defaultTemplate, templatePath } from "../../core/lifecycle/templates/defaults";
import { clientFolderPath, communicationPath, datedNotePath } from "../../core/shared/paths";
import { userHours } from "../../core/settings/settings";
import { translator, type MessageKey } from "../../core/i18n";

export interface ContactJson {
  file: string;
  line: string;
}

export interface DatedJson {
  file: string;
  created: boolean;
}

/** `contact --client NAME --channel C --direction in|out --summary TEXT`. */
export function runContact(ctx: Context): number {
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  const direction = ctx.args.values.get("direction") ?? "in";
  if (direction !== "in" && direction !== "out") throw new UsageError("flows.cli.direction-invalid", { value: direction });
  const channel = (ctx.args.values.get("channel") ?? client.channelQuick ?? client.channelFormal).trim();
  if (channel === "") throw new UsageError("lifecycle.contact.no-channel");
  const summary = ctx.args.values.get("summary") ?? "";
  if (/[\r\n]/.test(summary)) throw new UsageError("lifecycle.error.one-line");
  const file = communicationPath(vault.index.layout, client.key);
  const line = contactLine({ at: ctx.now(vault.zone), zone: vault.zone, channel, direction, summary });
  new VaultWriter(vault.root).update(file, (current) => appendContact(current ?? newCommunicationNote(client.key), line), clientFolderPath(vault.index.layout, client.key));
  if (ctx.json) printJson(ctx.io, { file, line } satisfies ContactJson);
  else printLines(ctx.io, [ctx.t("flows.cli.contact-logged", { file })]);
  return 0;
}

/** `checkin` / `survey --client NAME`: today's note (the client's day) from the template, or the one there is. */
export function runDated(ctx: Context): number {
  const kind = ctx.args.positionals[0] === "checkin" ? "checkin" : "survey";
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  if (client.status === "archived") throw new CommandFailure("flows.cli.archived", { client: client.name });
  const now = ctx.now(client.timezone);
  const file = datedNotePath(vault.index.layout, client.key, kind, dayIn(now, client.timezone));
  const writer = new VaultWriter(vault.root);
  const template = templatePath(vault.settings.templatesFolder, kind, client.language);
  // A template is copied into the client's notes: its real path must be inside the vault.
  const abs = writer.target(template);
  const text = existsSync(abs) ? readFileSync(abs, "utf8") : defaultTemplate(kind, client.language).text;
  const clientT = translator(client.language);
  const values = clientValues(client, { myZone: vault.zone, myHours: userHours(vault.settings), now, dayName: (d) => clientT(`lifecycle.day.${d}` as MessageKey) });
  const r = renderTemplate(template, text, values);
  if (!r.ok) throw new CommandFailure("lifecycle.error.placeholder", { file: r.file, line: r.line, placeholder: r.placeholder });
  const created = writer.create(file, r.text, clientFolderPath(vault.index.layout, client.key));
  if (ctx.json) printJson(ctx.io, { file, created } satisfies DatedJson);
  else printLines(ctx.io, [created ? ctx.t("flows.cli.dated-created", { file }) : ctx.t("flows.cli.dated-exists", { file })]);
  return 0;
}
