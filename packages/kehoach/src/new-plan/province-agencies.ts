import type { AgencyInput } from '@kehoach/schema';

/**
 * The bodies a province's plan usually names since the merger of 2025 (shared/docs/agency-levels.md:
 * the provincial bodies and their names), with the groups plans assign to. A blank plan of a province
 * lists them; the clerk keeps those the plan needs.
 */
export const PROVINCE_AGENCIES: Readonly<Record<string, AgencyInput>> = {
  'van-phong-ubnd': { name: 'Văn phòng Ủy ban nhân dân tỉnh', shortName: 'Văn phòng UBND tỉnh', level: 'tinh', kind: 'chuyen-mon' },
  'so-noi-vu': { name: 'Sở Nội vụ', level: 'tinh', kind: 'chuyen-mon' },
  'so-tai-chinh': { name: 'Sở Tài chính', level: 'tinh', kind: 'chuyen-mon' },
  'so-tu-phap': { name: 'Sở Tư pháp', level: 'tinh', kind: 'chuyen-mon' },
  'so-khcn': { name: 'Sở Khoa học và Công nghệ', shortName: 'Sở KH&CN', level: 'tinh', kind: 'chuyen-mon' },
  'so-vhttdl': { name: 'Sở Văn hóa, Thể thao và Du lịch', shortName: 'Sở VHTTDL', level: 'tinh', kind: 'chuyen-mon' },
  'so-gddt': { name: 'Sở Giáo dục và Đào tạo', shortName: 'Sở GD&ĐT', level: 'tinh', kind: 'chuyen-mon' },
  'so-y-te': { name: 'Sở Y tế', level: 'tinh', kind: 'chuyen-mon' },
  'so-xay-dung': { name: 'Sở Xây dựng', level: 'tinh', kind: 'chuyen-mon' },
  'so-cong-thuong': { name: 'Sở Công Thương', level: 'tinh', kind: 'chuyen-mon' },
  'so-nnmt': { name: 'Sở Nông nghiệp và Môi trường', shortName: 'Sở NN&MT', level: 'tinh', kind: 'chuyen-mon' },
  'cong-an-tinh': { name: 'Công an tỉnh', level: 'tinh', kind: 'cong-an' },
  'bo-chqs-tinh': { name: 'Bộ Chỉ huy quân sự tỉnh', shortName: 'Bộ CHQS tỉnh', level: 'tinh', kind: 'quan-su' },
  'mttq-tinh': { name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', shortName: 'Ủy ban MTTQ Việt Nam tỉnh', level: 'tinh', kind: 'mttq-doan-the' },
  'cac-so-nganh': { name: 'các sở, ban, ngành tỉnh', shortName: 'Các sở, ban, ngành', level: 'tinh', kind: 'nhom' },
  'ubnd-xa-phuong': { name: 'Ủy ban nhân dân các xã, phường', shortName: 'UBND các xã, phường', level: 'xa', kind: 'ubnd' },
};
