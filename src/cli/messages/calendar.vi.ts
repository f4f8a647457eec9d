// Vietnamese messages of the command line: calendars (calendar.en.ts).
import type { cliCalendarEn } from "./calendar.en";

export const cliCalendarVi: Record<keyof typeof cliCalendarEn, string> = {
  "cli.usage.ics": [
    "  ics --vault DIR --week 2026-W49 [--client NAME] [--out FILE]",
    "                             Các khối đã lên kế hoạch của tuần (hoặc của một khách hàng) thành tệp lịch .ics (ra stdout nếu không có --out).",
  ].join("\n"),
  "ics.cli.week-missing": "Hãy cho biết tuần cần ghi: client-desk ics --week 2026-W49 --vault DIR.",
  "ics.cli.exists": "{path} đã tồn tại; hãy chọn tệp --out khác.",
  "ics.cli.wrote": "Đã ghi {count} khối của tuần {week} vào {file}.",
  "cli.week.event": "lịch",
  "cli.week.free": "rảnh",
  "cli.week.busy": "trùng sự kiện trong lịch",
  "cli.week.all-day": "cả ngày",
};
