/**
 * The names of the bodies plans name most, as they are written (the departments of a province, its
 * police, army, courts, mass organisations; people's committees of each level): a name that matches one
 * ends there, so “Sở Y tế đưa nội dung …” names `Sở Y tế` and “Sở Giáo dục và Đào tạo giáo dục kỹ năng
 * sống …” names `Sở Giáo dục và Đào tạo`. Each with an example (run as a test). A name not listed is
 * read up to the first word of what the body must do.
 */

/** The domains of a provincial department (sở), old and new names, with the spellings plans use. */
const DOMAINS = [
  'Nội vụ', 'Tư pháp', 'Kế hoạch và Đầu tư', 'Tài chính', 'Công [Tt]hương', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Giao thông [Vv]ận tải', 'Xây dựng', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Lao động[,]? [-–]? ?Thương binh và Xã hội',
  'Văn hóa[,]? [-–]? ?Thể thao và Du lịch', 'Văn hóa,? Thể thao,? Du lịch', 'Văn hóa và Thể thao', 'Du lịch', 'Khoa học (?:và )?Công nghệ', 'Giáo dục (?:và|&) Đào tạo',
  'GD ?& ?ĐT', 'GDĐT', 'Y tế', 'Ngoại vụ', 'Dân tộc và Tôn giáo', 'LĐTBXH', 'VHTTDL', 'KH ?& ?CN', 'TT ?& ?TT', 'TN ?& ?MT', 'NN ?& ?PTNT',
];

/** Levels and places after a body's name: `tỉnh`, `huyện Bình Tân`, `các xã, phường, đặc khu`. */
const LEVEL = String.raw`(?:tỉnh|Tỉnh|huyện|xã|phường|thị trấn|đặc khu|thành phố|thị xã|quận|cấp tỉnh|cấp huyện|cấp xã|tối cao)`;
/** `tỉnh`, `tỉnh Lâm Đồng`, `các xã, phường, đặc khu`, `huyện, thị xã, thành phố`. */
const MORE_LEVELS = String.raw`(?:,\s*(?:xã|phường|thị trấn|đặc khu|thành phố|thị xã|quận|huyện|tỉnh)(?![\p{L}]))*`;
const PLACE = String.raw`(?:\s+(?:các\s+)?${LEVEL}${MORE_LEVELS}(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*(?:\s+\p{Lu}[\p{Ll}\p{Lu}]*)*)?)`;
const EVERY_LEVEL = PLACE;

/** One kind of body's name: its pattern (no flags; anchored when used) and an example. */
export interface KnownBody {
  pattern: string;
  example: string;
}

/** The names, longest forms first within each. */
export const KNOWN_BODIES: readonly KnownBody[] = [
  { pattern: String.raw`(?:Sở|Phòng)\s+(?:${DOMAINS.join('|')})${PLACE}?`, example: 'Sở Văn hóa, Thể thao và Du lịch' },
  { pattern: String.raw`(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)(?:${EVERY_LEVEL}|${PLACE})`, example: 'Ủy ban nhân dân các xã, phường, đặc khu' },
  { pattern: String.raw`Văn phòng (?:Ủy ban nhân dân|UBND|HĐND và UBND|Đoàn ĐBQH và HĐND)${PLACE}`, example: 'Văn phòng UBND tỉnh' },
  { pattern: String.raw`Công an${EVERY_LEVEL}`, example: 'Công an tỉnh' },
  { pattern: String.raw`(?:Bộ|Ban) Chỉ huy (?:[Qq]uân sự|Bộ đội Biên phòng)${PLACE}?`, example: 'Bộ Chỉ huy quân sự tỉnh' },
  { pattern: String.raw`(?:Tòa án|Toà án|Viện [Kk]iểm sát) nhân dân${PLACE}?`, example: 'Viện Kiểm sát nhân dân tỉnh' },
  { pattern: String.raw`Ủy ban (?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam| VN)?${PLACE}?`, example: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh' },
  { pattern: String.raw`(?:Hội Liên hiệp Phụ nữ(?: Việt Nam)?|Hội Nông dân|Hội Cựu chiến binh|Liên đoàn Lao động|Hội Chữ thập đỏ|Hội Khuyến học)${PLACE}?`, example: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { pattern: String.raw`(?:Tỉnh đoàn|Đoàn Thanh niên(?: Cộng sản Hồ Chí Minh)?|Đoàn TNCS Hồ Chí Minh)${PLACE}?`, example: 'Đoàn TNCS Hồ Chí Minh tỉnh' },
  { pattern: String.raw`(?:Cục Thống kê|Cục Thuế|Cục Hải quan|Chi cục Thuế)${PLACE}?`, example: 'Cục Thống kê tỉnh' },
  { pattern: String.raw`(?:Thanh tra|Kho bạc Nhà nước|Bảo hiểm xã hội|Thuế)${PLACE}`, example: 'Thanh tra tỉnh' },
  { pattern: String.raw`Đài Phát thanh(?: và|,| -)? Truyền hình${PLACE}?`, example: 'Đài Phát thanh - Truyền hình tỉnh' },
  { pattern: String.raw`Trung tâm Kiểm soát bệnh tật${PLACE}?`, example: 'Trung tâm Kiểm soát bệnh tật tỉnh' },
];

const KNOWN_AT = new RegExp(`^(?:${KNOWN_BODIES.map((b) => b.pattern).join('|')})(?![\\p{L}\\d])`, 'u');

/** The known body's name at the start of `text` (`Sở Y tế` in `Sở Y tế đưa nội dung …`), or `undefined`. */
export function knownBodyAt(text: string): string | undefined {
  return KNOWN_AT.exec(text.normalize('NFC'))?.[0];
}
