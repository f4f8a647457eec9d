// Vietnamese messages of the command line for the guide's workflows.
import type { cliFlowsEn } from "./flows.en";

export const cliFlowsVi: Record<keyof typeof cliFlowsEn, string> = {
  "cli.usage.flows": [
    "  package new --vault DIR --name NAME --price N [--currency CODE] --deliverable TEXT (lặp lại được)",
    "             [--done-when TEXT] [--recurring once|monthly]",
    "                             Tạo ghi chú gói dịch vụ trong thư mục gói.",
    "  package list --vault DIR   Các gói dịch vụ, giá, cách tính tiền và sản phẩm bàn giao.",
  ].join("\n"),
  "flows.cli.package-action": "package cần new hoặc list, không phải “{value}”.",
  "flows.cli.no-packages": "Chưa có gói dịch vụ nào.",
  "flows.cli.package-unknown": "Không có gói dịch vụ “{value}” trong {folder}.",
};
