// Vietnamese strings of the week planner (Obsidian's own terms: docs/i18n.md).
import type { weekEn } from "./week.en";

export const weekVi: Record<keyof typeof weekEn, string> = {
  "cli.usage.week": [
    "  week --vault DIR [--week 2026-W48]",
    "                             Tuần: các khối thời gian đã lên kế hoạch và thời gian đã ghi theo ngày, tổng theo khách hàng.",
  ].join("\n"),
  "cli.error.week-invalid": "--week cần một tuần ISO như 2026-W48, không phải “{value}”.",
  "cli.week.title": "Tuần {week} ({from} – {to}), {zone}",
  "cli.week.day": "{weekday} {date}",
  "cli.week.today": "(hôm nay)",
  "cli.week.empty": "không có kế hoạch hay thời gian đã ghi",
  "cli.week.planned": "kế hoạch",
  "cli.week.tracked": "đã ghi",
  "cli.week.running": "đang chạy",
  "cli.week.outside": "ngoài giờ làm việc của khách hàng",
  "cli.week.tight": "cách khối kế tiếp dưới {minutes} phút",
  "cli.week.totals": "Theo khách hàng: kế hoạch, đã ghi, tính phí",
  "cli.week.total": "Tổng",
  "cli.week.client-local": "bên đó {time} ({offset})",
  "cli.week.no-clients": "Không có khách hàng nào trong tuần này.",
};
