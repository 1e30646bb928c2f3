/** The help text of `kehoach`. */
export const USAGE = `kehoach — Kế hoạch hành chính dưới dạng dữ liệu

Cách dùng / Usage:
  kehoach validate <plan.yaml>… [--format text|json]
      Kiểm tra kế hoạch; không in gì và trả về 0 nếu hợp lệ, nếu không in từng lỗi
      (tệp:dòng:cột  mức  MÃ  thông báo) và trả về 1.
  kehoach render <plan.yaml>… [--format docx|pdf|md|txt] [-o out|-] [--out-dir dir]
                 [--draft] [--template mau.docx] [--layout by-agency|by-theme]
      Xuất văn bản (mặc định DOCX đúng thể thức Nghị định 30/2020) cạnh tệp kế hoạch;
      “-o -” in ra màn hình, --out-dir ghi mọi tệp vào một thư mục, --draft để trống số và
      ngày, --template dùng mẫu Word riêng, --layout trình bày nhiệm vụ theo cơ quan/chủ đề.
      PDF cần LibreOffice (soffice). --with-appendix kèm phụ lục danh mục nhiệm vụ (khổ ngang).
  kehoach checklist <plan.yaml> [--format json|md|csv|ics|docx|xlsx] [-o out|-] [--agency id]
                    [--split thu-muc] [--today YYYY-MM-DD] [--remind số-ngày]
      Danh mục nhiệm vụ của từng cơ quan có ngày cụ thể; --split ghi mỗi cơ quan một tệp;
      --today tính trạng thái (chưa hoàn thành trong hạn, quá hạn …).
  kehoach clone <ke-hoach-cap-tren.yaml> --unit <ho-so-don-vi.yaml> [-o ke-hoach-xa.yaml]
      Nhân bản kế hoạch cấp trên thành dự thảo kế hoạch của đơn vị cấp dưới (đổi tên cơ quan,
      giữ nguồn gốc từng nhiệm vụ).
  kehoach trace <ke-hoach-xa.yaml> --parent <ke-hoach-cap-tren.yaml> [--format text|json]
      Độ phủ (trả về 1 nếu còn nhiệm vụ chưa có) và thay đổi của cấp trên từ lúc nhân bản.
  kehoach roll <ke-hoach.yaml> --year 2026 [-o nam-sau.yaml] [--cite-previous]
      Dự thảo kế hoạch năm sau; cảnh báo mọi ngày, năm cũ còn sót trong lời văn.
  kehoach migrate <plan.yaml>… [-o out|-]
      Ghi lại tệp lược đồ phiên bản 1 theo phiên bản 2, giữ nguyên chú thích (tệp v1 vẫn đọc được).
  kehoach check <plan.yaml|received.docx|.pdf>… [--format text|json|sarif] [--fix]
  kehoach check --rules
      Kiểm tra nội dung theo các quy tắc (thể thức Nghị định 30, nhất quán, ngày tháng, cấu trúc,
      chính tả); cấu hình trong khối “check:” của kế hoạch hoặc .kehoachrc.yaml cạnh tệp, tắt một
      chỗ bằng “# kehoach-disable-next-line <quy-tac>”. --fix sửa các lỗi an toàn, giữ chú thích.
      Trả về 1 nếu còn lỗi (error). --rules liệt kê mọi quy tắc. Một tệp .docx/.pdf nhận được
      được nhập rồi kiểm tra; mỗi vấn đề chỉ đoạn (DOCX) hoặc trang, dòng (PDF) của bản gốc.
  kehoach import <ke-hoach.docx|.pdf|.txt|.md> [-o plan.yaml] [--report]
      Nhập kế hoạch nhận được thành dữ liệu YAML (chỗ chưa chắc có chú thích “# kiểm tra:”).
  kehoach export <plan.yaml> --format edxml [-o van-ban.edxml|-]
      Gói tin edXML (QCVN 102:2016/BTTTT) gửi qua hệ thống quản lý văn bản: thông tin văn bản
      lấy từ kế hoạch, kèm bản DOCX; cần organId của cơ quan ban hành và nơi nhận trong agencies.
  kehoach --help | --version

Mã thoát / exit codes: 0 hợp lệ (valid), 1 có lỗi trong kế hoạch (plan errors), 2 sai cách gọi (usage).
`;
