// Vietnamese messages of the command line: import and export.
import type { cliImportExportEn } from "./import-export.en";

export const cliImportExportVi: Record<keyof typeof cliImportExportEn, string> = {
  // import and export
  "cli.usage.import": [
    "  import toggl|clockify TỆP --vault THƯ_MỤC [--dry-run] [--date-format mdy|dmy] [--zone MÚI_GIỜ]",
    "                             Thêm các mục từ tệp CSV báo cáo chi tiết của Toggl Track hoặc Clockify.",
    "  export --vault THƯ_MỤC --from NGÀY --to NGÀY [--client TÊN] [--out TỆP]",
    "                             Xuất các mục thời gian ra CSV với các cột của Toggl (ra stdout nếu không có --out).",
  ].join("\n"),
  "import.cli.tool-missing": "Hãy cho biết tệp đến từ công cụ nào: client-desk import toggl TỆP, hoặc client-desk import clockify TỆP.",
  "import.cli.tool-unknown": "“{value}” không phải toggl hay clockify.",
  "import.cli.file-missing": "Hãy đưa tệp CSV cần nhập: client-desk import {tool} TỆP --vault THƯ_MỤC.",
  "import.cli.date-format-invalid": "--date-format phải là mdy hoặc dmy, không phải “{value}”.",
  "import.cli.zone-invalid": "--zone “{value}” không phải là tên múi giờ IANA như Asia/Ho_Chi_Minh.",
  "import.cli.unreadable": "Không nhập được {file}: {reason}",
  "import.cli.wrong-tool": "{file} không phải báo cáo chi tiết của {tool}: thiếu các cột {columns}.",
  "import.cli.tool-mismatch": "{file} là tệp xuất từ {detected}: hãy chạy client-desk import {command}.",
  "import.cli.date-order-ambiguous": "Ngày tháng trong {file} có thể là tháng/ngày hoặc ngày/tháng: hãy thêm --date-format mdy hoặc --date-format dmy.",
  "import.cli.date-order-conflict": "Trong {file} có ngày chỉ đọc được là tháng/ngày và có ngày chỉ đọc được là ngày/tháng: hãy thêm --date-format mdy hoặc --date-format dmy.",
  "import.cli.refused": "Từ chối ghi {file}: các dòng mới sẽ không được đọc là mục thời gian ở đó (ghi chú kết thúc bên trong một khối mã, một chú thích %% hoặc siêu dữ liệu đầu tệp). Chưa ghi gì cả.",
  "import.cli.summary": "{rows} hàng: {entries} mục mới, {duplicates} đã có trong kho, {unmatched} không khớp khách hàng nào, {problems} không đọc được.",
  "import.cli.client": "{name}: {count} mục, {duration}",
  "import.cli.unmatched": "Trong kho không có khách hàng tên: {names}. Các hàng của họ không được nhập.",
  "import.cli.dry-run": "Chạy thử: chưa ghi gì cả.",
  "import.cli.created": "Đã tạo {file} với {count} mục.",
  "import.cli.appended": "Đã thêm {count} mục vào {file}.",
  "export.cli.date-invalid": "{flag} “{value}” không phải là ngày dạng 2026-11-01.",
  "export.cli.range": "--from {from} ở sau --to {to}.",
  "export.cli.exists": "{path} đã tồn tại; hãy chọn tệp --out khác.",
  "export.cli.wrote": "Đã xuất {count} mục ra {file}.",

};
