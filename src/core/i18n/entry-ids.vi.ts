// Vietnamese strings of "Add missing entry ids" and `client-desk add-ids` (Obsidian's own terms: docs/i18n.md).
import type { entryIdsEn } from "./entry-ids.en";

export const entryIdsVi = (): Record<keyof typeof entryIdsEn, string> => ({
  "command.add-entry-ids": "Thêm mã khối còn thiếu cho các mục thời gian",
  "entry-ids.waiting": "Client Desk vẫn đang đọc kho; mã khối sẽ được thêm khi đọc xong.",
  "entry-ids.none": "Mọi mục thời gian đều đã có mã khối.",
  "entry-ids.errors": "{count} dòng có lỗi không được thêm mã: hãy sửa chúng (lệnh Kiểm tra dữ liệu khách hàng liệt kê chúng), rồi chạy lại lệnh này.",
  "entry-ids.confirm.title": "Thêm mã khối còn thiếu",
  "entry-ids.confirm.body": "{count} mục thời gian được gõ tay không có mã khối, trong {notes} ghi chú nhật ký, sẽ được thêm mã ở cuối dòng để có thể lập hoá đơn an toàn. Ngoài ra không có gì trong các ghi chú thay đổi.",
  "entry-ids.confirm.ok": "Thêm mã",
  "entry-ids.confirm.cancel": "Huỷ",
  "entry-ids.done": "Đã thêm mã khối cho {count} mục trong {notes} ghi chú nhật ký.",
  "entry-ids.failed": "Không thêm được mã trong {file}: {reason}",
});
