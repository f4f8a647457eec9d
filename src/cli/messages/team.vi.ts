// Vietnamese messages of the command line: the team (docs/team.md).
import type { cliTeamEn } from "./team.en";

export const cliTeamVi: Record<keyof typeof cliTeamEn, string> = {
  "cli.usage.team": [
    "  team --vault DIR [--week YYYY-Www]",
    "                             Thành viên, số giờ tuần này và hôm nay, bộ đếm giờ đang chạy, tuần chờ phê duyệt.",
    "  approve --vault DIR --person TÊN --week YYYY-Www [--dry-run]",
    "                             Phê duyệt tuần của một người (chỉ chủ sở hữu): thời gian đó mới được lập hoá đơn.",
    "  --as TÊN                   Làm việc với tư cách người này (hoặc CLIENT_DESK_AS); mặc định là chủ sở hữu.",
  ].join("\n"),
  "cli.error.as-unknown": "--as “{name}” không khớp với ai trong {folder} (thành viên: {people}).",
  "cli.error.as-no-team": "--as “{name}”: kho này không có ghi chú người nào trong {folder}.",
  "cli.error.role-refused": "{person} là {role}: hoá đơn, thanh toán và thông tin thanh toán của khách hàng là việc của chủ sở hữu (docs/team.md).",
  "cli.error.person-unknown": "--person “{name}” không khớp với ai trong {folder} (thành viên: {people}).",
  "cli.error.approve-not-owner": "Chỉ chủ sở hữu phê duyệt thời gian; bạn đang làm việc với tư cách {person} ({role}).",
  "cli.error.approve-owner": "{person} là chủ sở hữu: thời gian của chủ sở hữu không cần phê duyệt.",
  "cli.error.approve-running": "{person} có {count} bộ đếm giờ đang chạy trong {week} ({ids}): hãy dừng trước, rồi phê duyệt.",
  "cli.error.approve-nothing": "{person} không có mục nào trong {week}: không có gì để phê duyệt.",
  "cli.error.approve-ids-missing": "Một số mục của {person} trong {week} chưa có mã khối: hãy chạy client-desk add-ids trước.",
  "cli.team.title": "Nhóm, tuần {week} (giờ theo {zone})",
  "cli.team.person": "{name} ({role})  tuần {week} giờ  hôm nay {today} giờ{unapproved}",
  "cli.team.unapproved": "  ({hours} giờ chưa phê duyệt)",
  "cli.team.running": "  đang chạy: {client}{task} từ {start} ({file})",
  "cli.team.due": "Cần phê duyệt:",
  "cli.team.due-line": "  {person} {week}: {entries} mục, {hours} giờ{running}{changed}",
  "cli.team.due-running": ", một bộ đếm giờ đang chạy",
  "cli.team.due-changed": ", {count} mục đã đổi sau khi phê duyệt",
  "cli.team.none": "Không có ghi chú người nào trong {folder}: bạn làm việc một mình, không có gì cần phê duyệt.",
  "cli.week.person": "Khối thời gian và thời gian đã ghi của {name}; giờ làm việc {hours} theo {zone}",
  "cli.week.everyone": "Khối thời gian và thời gian đã ghi của mọi người",
  "cli.approve.done": "Đã phê duyệt {hours} giờ của {person} cho {week}: {file}",
  "cli.approve.dry-run": "Sẽ phê duyệt {hours} giờ của {person} cho {week} ({entries} mục): {file}",
};
