/**
 * The smallest plan the rules' examples start from: each example is a YAML fragment merged over it
 * (mappings merged key by key, lists replaced). It is clean: no rule reports anything on it.
 */
export const EXAMPLE_BASE = `schemaVersion: 2
issuer: { name: Ủy ban nhân dân tỉnh Tuyên Quang, abbreviation: UBND, place: Tuyên Quang }
number: 15
date: 2025-07-24
title: Tuyên truyền phòng, chống mua bán người năm 2025
period: { year: 2025 }
agencies:
  cong-an-tinh: { name: Công an tỉnh, level: tinh, kind: cong-an }
  so-y-te: { name: Sở Y tế, level: tinh, kind: chuyen-mon }
body:
  - title: MỤC ĐÍCH, YÊU CẦU
    role: goals
    items:
      - Nâng cao nhận thức của Nhân dân về phòng, chống mua bán người.
      - Kịp thời phát hiện, xử lý các hành vi vi phạm pháp luật.
  - title: NHIỆM VỤ
    role: tasks
    items:
      - tasks:
          layout: by-agency
          groups:
            - lead: cong-an-tinh
              tasks:
                - id: tuyen-truyen
                  text: Tổ chức tuyên truyền trên các nền tảng mạng xã hội.
                - id: cao-diem
                  text: Mở đợt cao điểm trấn áp tội phạm mua bán người.
                  time: { from: 2025-08-01, to: 2025-09-30 }
            - lead: so-y-te
              tasks:
                - id: ho-tro
                  text: Hỗ trợ nạn nhân bị mua bán trở về.
                - id: tiep-nhan
                  text: Tiếp nhận, bảo vệ nạn nhân tại các cơ sở trợ giúp xã hội.
  - title: TỔ CHỨC THỰC HIỆN
    role: implementation
    items:
      - Các sở, ngành báo cáo kết quả thực hiện về Công an tỉnh trước ngày 15/10/2025.
      - Công an tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch này.
    facts:
      focalAgency: cong-an-tinh
      reporting:
        to: cong-an-tinh
        periods:
          - { id: ket-qua, label: Báo cáo kết quả, due: { day: 15, month: 10, year: 2025 }, reporters: so-y-te }
signature:
  authority: [ { type: TM, of: ỦY BAN NHÂN DÂN } ]
  titles: [ CHỦ TỊCH ]
  name: Nguyễn Văn A
recipients:
  to:
    - agency: cong-an-tinh
    - agency: so-y-te
  archive: VT, NC
`;
