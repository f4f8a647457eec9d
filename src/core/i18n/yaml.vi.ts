// Tiếng Việt: lỗi YAML trong siêu dữ liệu đầu tệp (xem yaml.en.ts).
import type { yamlEn } from "./yaml.en";

export const yamlVi = (): Record<keyof typeof yamlEn, string> => ({
  "yaml.at-column": "{reason} (cột {column})",
  "yaml.unknown": "trình đọc YAML báo: {reason}",
  "yaml.no-close": "siêu dữ liệu đầu tệp không có dòng --- đóng",
  "yaml.not-fields": "siêu dữ liệu đầu tệp không phải danh sách trường",
  "yaml.aliases": "siêu dữ liệu đầu tệp lặp lại giá trị qua bí danh YAML (*tên) nhiều hơn mức một ghi chú có thể chứa",
  "yaml.indentation": "một dòng bị thụt lề sai",
  "yaml.tab-indent": "một dòng được thụt lề bằng phím tab; hãy dùng dấu cách",
  "yaml.duplicate-key": "một tên trường được viết hai lần",
  "yaml.unclosed-quote": "một đoạn văn bản trong ngoặc kép không có dấu ngoặc đóng",
  "yaml.unclosed-list": "một danh sách trong ngoặc vuông hoặc ngoặc nhọn không có dấu ngoặc đóng",
  "yaml.missing-comma": "thiếu dấu phẩy giữa các mục trong ngoặc",
  "yaml.missing-colon": "một trường không có dấu hai chấm sau tên",
  "yaml.multiline-key": "một tên trường kéo dài hơn một dòng",
  "yaml.extra-text": "có văn bản sau phần cuối các trường (một tài liệu thứ hai hoặc một dòng thừa)",
  "yaml.unknown-alias": "một bí danh (*tên) không trỏ tới neo nào (&tên)",
  "yaml.bad-character": "văn bản có ký tự YAML không cho phép",
  "yaml.bad-escape": "một đoạn văn bản trong ngoặc kép có chuỗi thoát không xác định (\\…)",
});
