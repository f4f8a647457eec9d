// The example workflow written into the workflows folder when it holds none: the content
// pipeline from the product's seed; its last stage is the quality review, recorded before done.

import type { Language } from "../../shared/types";

const EN = {
  title: "Social media content",
  text: `---
type: workflow
review: true
kind: social
---
# Social media content

A request from the client to a published post and its monthly report.

## Request
- [ ] Read the request and confirm what is wanted, for which channel and by when
- [ ] Collect the brand guide, photos and links

## Ideas
- [ ] Write three ideas with a hook each
- [ ] Pick one with the client's goal in mind

## Creation
- [ ] Write the caption
- [ ] Make the image or video
- [ ] Quality review: spelling, links, brand colours, sizes for each channel

## Client approval
- [ ] Send the draft through the client's formal channel
- [ ] Apply the changes asked for

## Scheduling
- [ ] Schedule the post at the audience's best time in the client's zone
- [ ] Check the preview on a phone

## Tracking
- [ ] Note reach and engagement after 48 hours

## Monthly report
- [ ] Add the post's figures to the monthly report

## Quality review
- [ ] Everything delivered as the request asked; the figures are right
`,
};

const VI = {
  title: "Nội dung mạng xã hội",
  text: `---
type: workflow
review: true
kind: social
---
# Nội dung mạng xã hội

Từ yêu cầu của khách hàng đến bài đăng và báo cáo hằng tháng.

## Yêu cầu
- [ ] Đọc yêu cầu, xác nhận nội dung, kênh đăng và hạn chót
- [ ] Thu thập bộ nhận diện thương hiệu, hình ảnh và liên kết

## Ý tưởng
- [ ] Viết ba ý tưởng, mỗi ý tưởng một câu mở đầu
- [ ] Chọn một ý tưởng theo mục tiêu của khách hàng

## Thực hiện
- [ ] Viết nội dung bài đăng
- [ ] Làm hình ảnh hoặc video
- [ ] Kiểm tra chất lượng: chính tả, liên kết, màu thương hiệu, kích thước cho từng kênh

## Khách hàng duyệt
- [ ] Gửi bản nháp qua kênh chính thức của khách hàng
- [ ] Sửa theo yêu cầu

## Lên lịch
- [ ] Lên lịch đăng vào giờ tốt nhất theo múi giờ của khách hàng
- [ ] Xem trước trên điện thoại

## Theo dõi
- [ ] Ghi lượt tiếp cận và tương tác sau 48 giờ

## Báo cáo hằng tháng
- [ ] Đưa số liệu của bài vào báo cáo hằng tháng

## Kiểm tra chất lượng
- [ ] Mọi thứ đã bàn giao đúng yêu cầu; số liệu chính xác
`,
};

export function defaultWorkflow(language: Language): { title: string; text: string } {
  return language === "vi" ? VI : EN;
}
