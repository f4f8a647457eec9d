// English strings of the income forecast (the weekly review's section and `client-desk forecast`).
export const forecastEn = {
  "forecast.heading": "Income forecast",
  "forecast.intro": "What you can expect to invoice in the next three months, in {currency}, by the months of your calendar ({zone}): a retainer's monthly fee, and for hourly clients the hours planned in your weekly plans × their rate. Fixed-price clients are not forecast.",
  "forecast.col.client": "Client",
  "forecast.col.total": "3 months",
  "forecast.total": "Total",
  "forecast.largest": "Largest client",
  "forecast.largest.cell": "{client}, {percent}%",
  "forecast.no-rate": "{amount}, no rate",
  "forecast.share": "Largest client over the three months: {client}, {percent}% of the income expected in {currency}.",
  "forecast.none": "Nothing expected yet: no retainer, and no hours planned for hourly clients in these months.",
  "forecast.fixed": "Fixed-price clients, not forecast (packages are invoiced when delivered): {clients}.",
  "forecast.unpriced": "No rate or retainer fee to forecast with: {clients}.",
  "forecast.unreadable": "Not forecast until their client notes are fixed (Check client data lists the problems): {clients}.",
  "forecast.missing-rates": "No conversion rate to {currency} for: {currencies}. Add one in the settings; those amounts are left out of the totals.",
} as const;
