// `client-desk clients`: every client with its settings as the plugin reads them.

import type { Client, Weekday } from "../../core/shared/types";
import { formatMoney, toMajorString } from "../../core/shared/money";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import type { CliTranslate } from "../messages";
import type { Context } from "../context";
import { openVault } from "./common";
import { printJson, printLines, table } from "../output";
import { DateTime } from "luxon";

/** A client as printed by `clients --json`: the Client, plus money as text and the local time. */
export interface ClientJson extends Client {
  /** "45.00 AUD", or null without a rate. */
  rateText: string | null;
  retainerFeeText: string | null;
  overageRateText: string | null;
  /** "now" in the client's zone, ISO with offset. */
  localTime: string;
}

export function moneyText(minor: number | null, currency: string): string | null {
  return minor === null ? null : `${toMajorString(minor, currency)} ${currency}`;
}

export function clientJson(c: Client, now: number): ClientJson {
  return {
    ...c,
    rateText: moneyText(c.rate, c.currency),
    retainerFeeText: moneyText(c.retainerFee, c.currency),
    overageRateText: moneyText(c.overageRate, c.currency),
    localTime: formatInstant(now, offsetAt(c.timezone, now)),
  };
}

export function runClients(ctx: Context): number {
  const vault = openVault(ctx);
  const now = ctx.now(vault.zone);
  const clients = vault.index.clients();
  const diagnostics = vault.index.diagnostics();
  if (ctx.json) {
    printJson(ctx.io, {
      now: formatInstant(now, offsetAt(vault.zone, now)),
      zone: vault.zone,
      clients: clients.map((c) => clientJson(c, now)),
    });
    return 0;
  }
  const t = ctx.t;
  if (clients.length === 0) {
    printLines(ctx.io, [t("cli.clients.none", { root: vault.settings.clientsRoot, vault: vault.root })]);
  } else {
    const lines = table([
      [t("cli.col.client"), t("cli.col.zone"), t("cli.col.local"), t("cli.col.currency"), t("cli.col.billing")],
      ...clients.map((c) => [
        c.name,
        c.timezone,
        localClock(c.timezone, now, t),
        c.currency,
        billingText(c, ctx.lang, t) + (c.status === "active" ? "" : `  [${c.status}]`),
      ]),
    ]);
    printLines(ctx.io, lines);
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (diagnostics.length > 0) {
    printLines(ctx.io, [
      t("cli.clients.problems", { errors, warnings: diagnostics.length - errors, vault: vault.root }),
    ]);
  }
  return 0;
}

/** "Wed 14:05" in the client's zone. */
export function localClock(zone: string, now: number, t: CliTranslate): string {
  const d = DateTime.fromMillis(now, { zone });
  const day = (["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as Weekday[])[d.weekday - 1];
  return `${t(`day.short.${day}`)} ${d.toFormat("HH:mm")}`;
}

export function billingText(c: Client, lang: "en" | "vi", t: CliTranslate): string {
  const money = (minor: number | null) => (minor === null ? "—" : formatMoney(minor, c.currency, lang));
  let text: string;
  if (c.billing === "retainer") {
    text = t("cli.clients.retainer", {
      fee: money(c.retainerFee),
      hours: c.retainerHours ?? 0,
      overage: money(c.overageRate),
    });
  } else if (c.billing === "fixed") {
    text = t("cli.clients.fixed");
  } else {
    text = t("cli.clients.hourly", { rate: money(c.rate) });
  }
  const extras: string[] = [];
  if (c.rounding.stepMinutes > 1) {
    const r = c.rounding;
    extras.push(
      t(r.scope === "task" ? "rounding.rule-task" : "rounding.rule", {
        step: r.stepMinutes,
        mode: t(`rounding.${r.mode}`),
      }),
    );
  }
  for (const tax of c.tax) extras.push(`${tax.name} ${percentText(tax.milliPercent)}%`);
  return extras.length > 0 ? `${text}, ${extras.join(", ")}` : text;
}

function percentText(milli: number): string {
  const whole = Math.floor(milli / 1000);
  const frac = String(milli % 1000).padStart(3, "0").replace(/0+$/, "");
  return frac === "" ? String(whole) : `${whole}.${frac}`;
}
