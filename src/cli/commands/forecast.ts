// `client-desk forecast`: the income forecast (src/core/reports/forecast.ts) for the three calendar
// months after the one holding --now, in your zone and home currency. Writes nothing.

import { buildForecast, type ForecastModel } from "../../core/reports/forecast";
import { parseConversionRates } from "../../core/billing/conversion-rates";
import { formatMoney } from "../../core/shared/money";
import type { Context } from "../context";
import { printJson, printLines, table, terminalSafe } from "../output";
import { openVault } from "./common";

export type ForecastJson = ForecastModel;

export function runForecast(ctx: Context): number {
  const vault = openVault(ctx);
  const s = vault.settings;
  const now = ctx.now(vault.zone);
  const { rates, problems } = parseConversionRates(s.conversionRates, s.homeCurrency);
  for (const p of problems) ctx.io.err(`${terminalSafe(`client-desk: ${ctx.t(p.key, p.params)}`)}\n`);
  const f = buildForecast(vault.index, { from: now, zone: vault.zone, home: s.homeCurrency, rates });
  if (ctx.json) {
    printJson(ctx.io, f satisfies ForecastJson);
    return 0;
  }
  const t = ctx.t;
  const money = (minor: number, currency: string) => formatMoney(minor, currency, ctx.lang);
  const names = (list: readonly { name: string }[]) => list.map((c) => c.name).join(", ");
  const lines = [t("cli.forecast.title", { currency: f.home, zone: f.zone })];
  if (f.clients.length === 0) lines.push(t("forecast.none"));
  else {
    const rows = [
      ["", ...f.months.map((m) => m.month), t("forecast.col.total")],
      ...f.clients.map((c) => [
        c.name,
        ...c.months.map((x) => (x.minor === 0 ? "—" : x.homeMinor !== null ? money(x.homeMinor, f.home) : t("forecast.no-rate", { amount: money(x.minor, c.currency) }))),
        money(c.homeMinor, f.home),
      ]),
      [t("forecast.total"), ...f.months.map((m) => money(m.homeMinor, f.home)), money(f.homeMinor, f.home)],
      [
        t("forecast.largest"),
        ...f.months.map((m) => (m.largest ? t("forecast.largest.cell", { client: m.largest.name, percent: m.largest.percent }) : "—")),
        f.largest ? t("forecast.largest.cell", { client: f.largest.name, percent: f.largest.percent }) : "—",
      ],
    ];
    lines.push(...table(rows, "  "));
  }
  if (f.missingRates.length > 0) lines.push(t("forecast.missing-rates", { currency: f.home, currencies: f.missingRates.join(", ") }));
  if (f.unreadable.length > 0) lines.push(t("forecast.unreadable", { clients: names(f.unreadable) }));
  if (f.unpriced.length > 0) lines.push(t("forecast.unpriced", { clients: names(f.unpriced) }));
  if (f.fixed.length > 0) lines.push(t("forecast.fixed", { clients: names(f.fixed) }));
  printLines(ctx.io, lines);
  return 0;
}
