// The Vietnamese templates, for clients whose `language` is `vi`.

import type { DefaultTemplate, TemplateKind } from "./kinds";

export const TEMPLATES_VI: Record<TemplateKind, DefaultTemplate> = {
  intake: {
    title: "Danh mục tiếp nhận",
    text: `---
type: intake
client: "[[{{client.key}}]]"
created: {{today}}
---
# Danh mục tiếp nhận: {{client.name}}

- [ ] Đã gọi tìm hiểu và ghi chép lại
- [ ] Đã gửi thoả thuận dịch vụ
- [ ] Thoả thuận dịch vụ đã được ký
- [ ] Đã nhận tiền đặt cọc hoặc hoá đơn đầu tiên đã được thanh toán
- [ ] Đã gửi gói chào mừng
- [ ] Đã nhận quyền truy cập công cụ và tài khoản (email, lịch, drive, mạng xã hội)
- [ ] Mật khẩu được chia sẻ qua trình quản lý mật khẩu, không gửi qua tin nhắn
- [ ] Đã xác nhận người liên hệ chính và người liên hệ dự phòng ({{client.contact}} {{client.email}})
- [ ] Đã thống nhất kênh liên lạc: {{client.channel_formal}} cho việc chính thức, {{client.channel_quick}} cho câu hỏi nhanh, {{client.channel_meetings}} cho cuộc họp
- [ ] Đã thống nhất ngày gửi báo cáo hằng tuần ({{client.report_day}})
- [ ] Đã ghi các công việc đầu tiên vào Tasks/
`,
  },
  agreement: {
    title: "Thoả thuận dịch vụ",
    text: `---
type: agreement
client: "[[{{client.key}}]]"
created: {{today}}
status: draft
---
# Thoả thuận dịch vụ: {{client.name}}

Ngày: {{today}}

## Phạm vi công việc
Những việc tôi làm cho {{client.name}}:

-

Những việc không bao gồm:

-

## Sản phẩm bàn giao
-

## Thời gian thực hiện
- Ngày bắt đầu:
- Giờ làm việc: giờ làm việc của tôi là {{working_hours_local}} theo múi giờ của bạn ({{client.timezone}})
- Thời gian phản hồi: trong vòng {{client.response_hours}} giờ vào ngày làm việc

## Điều khoản thanh toán
- Cách tính phí: {{client.billing}}, {{client.rate}} {{client.currency}}
- Hoá đơn đến hạn {{client.payment_terms}} ngày sau ngày lập hoá đơn.

## Bảo mật
Tôi giữ kín mọi tài liệu, tài khoản và thông tin bạn chia sẻ, trong và sau thời gian thoả thuận,
và chỉ dùng chúng cho công việc nêu ở đây.

## Chấm dứt
Mỗi bên có thể chấm dứt thoả thuận bằng thông báo bằng văn bản trước 14 ngày. Công việc đã làm đến
ngày kết thúc được lập hoá đơn; quyền truy cập tài khoản được trả lại vào ngày cuối cùng.

Ký tên:

- {{client.name}}:
- Tôi:
`,
  },
  discovery: {
    title: "Cuộc gọi tìm hiểu",
    text: `---
type: discovery-call
client: "[[{{client.key}}]]"
date: {{today}}
---
# Cuộc gọi tìm hiểu: {{client.name}}

Ngày: {{today}}, họp qua {{client.channel_meetings}}

## Về công việc kinh doanh
-

## Việc đang tốn thời gian của khách hàng
-

## Việc muốn giao trước tiên
-

## Công cụ đang dùng
-

## Ngân sách và cách tính phí
-

## Bước tiếp theo
- [ ] Gửi thoả thuận dịch vụ
`,
  },
  welcome: {
    title: "Gói chào mừng",
    text: `---
type: welcome-packet
client: "[[{{client.key}}]]"
created: {{today}}
---
# Chào mừng {{client.name}}

Rất vui được làm việc cùng bạn. Trang này nói cách chúng ta làm việc với nhau.

## Cách gửi yêu cầu
Mỗi yêu cầu xin ghi rõ việc cần làm, hạn chót và tài liệu cần đọc trước.
Mỗi tin nhắn một yêu cầu sẽ giúp theo dõi dễ hơn.

## Kênh liên lạc
- Việc chính thức và tài liệu: {{client.channel_formal}}
- Câu hỏi nhanh: {{client.channel_quick}}
- Cuộc họp: {{client.channel_meetings}}

## Thời gian phản hồi
Tôi trả lời trong vòng {{client.response_hours}} giờ vào ngày làm việc của tôi.

## Giờ làm việc
Giờ làm việc của tôi là {{working_hours_local}} theo múi giờ của bạn ({{client.timezone}}).
Giờ làm việc của bạn theo tôi biết: {{working_hours}} vào {{working_days}}.

## Báo cáo và trao đổi định kỳ
Bạn nhận một báo cáo ngắn vào mỗi {{client.report_day}}, và chúng ta trao đổi định kỳ mỗi {{client.checkin_days}} ngày.
`,
  },
  checkin: {
    title: "Trao đổi định kỳ",
    text: `---
type: check-in
client: "[[{{client.key}}]]"
date: {{today}}
---
# Trao đổi định kỳ với {{client.name}}, {{today}}

## Điều gì đã tốt
-

## Điều gì có thể tốt hơn
-

## Ưu tiên cho các tuần tới
-

## Việc cần theo dõi
- [ ]
`,
  },
  survey: {
    title: "Khảo sát phản hồi",
    text: `---
type: feedback-survey
client: "[[{{client.key}}]]"
date: {{today}}
---
# Phản hồi từ {{client.name}}, {{today}}

1. Nhìn chung bạn hài lòng với công việc đến mức nào (1–5)?
2. Tôi trả lời có đủ nhanh với bạn không?
3. Tôi nên tiếp tục làm điều gì?
4. Tôi nên thay đổi điều gì?
5. Bạn có giới thiệu dịch vụ của tôi cho người khác không?

## Câu trả lời
-
`,
  },
};
