/**
 * A body's name written in capitals in a header (`SỞ GIÁO DỤC VÀ ĐÀO TẠO`) as Vietnamese writes it in
 * a sentence (`Sở Giáo dục và Đào tạo`): the first word capitalised, the parts of names that keep their
 * capitals (a department's field, `Ban Chỉ đạo`, `Mặt trận Tổ quốc Việt Nam` …) as written, place names
 * and a school's own name capitalised, short forms (`UBND`, `THCS`, `GD-ĐT`) kept in capitals.
 */

/** Parts of names with their own capitals, as written (matched in any case). Each is its own example. */
export const NAMES_AS_WRITTEN: readonly string[] = [
  'Giáo dục và Đào tạo', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Lao động - Thương binh và Xã hội', 'Kế hoạch và Đầu tư',
  'Khoa học và Công nghệ', 'Thông tin và Truyền thông', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Dân tộc và Tôn giáo', 'Giao thông vận tải', 'Công Thương', 'Tư pháp', 'Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế', 'Ngoại vụ', 'Du lịch',
  'Ban Chỉ đạo', 'Ban Chỉ huy', 'Bộ Chỉ huy', 'Đề án', 'Mặt trận Tổ quốc Việt Nam', 'Hội Liên hiệp Phụ nữ', 'Liên đoàn Lao động',
  'Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Hồ Chí Minh', 'Việt Nam', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Trung tâm Y tế', 'Bệnh viện Đa khoa',
  'Trung học phổ thông', 'Trung học cơ sở', 'Tiểu học', 'Mầm non', 'Văn phòng', 'Thanh tra', 'Công an', 'Kho bạc Nhà nước', 'Đảng ủy',
];

/** Short forms kept in capitals (besides words that hold no vowel, such as `THCS`, `GD-ĐT`). */
const SHORT_FORMS = new Set(['UBND', 'HĐND', 'BCĐ', 'MTTQ', 'TNCS', 'SYT', 'UB', 'ĐKT', 'CAND', 'QĐND', 'BHXH']);

/** Words after which a proper name follows: places, and a school's type. */
const BEFORE_NAME = /^(?:tỉnh|huyện|xã|phường|quận|trấn|phố|thị xã|thcs|thpt|tiểu học|mầm non|trung học cơ sở|trung học phổ thông|trường)$/u;

const VOWEL = /[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]/iu;
const capital = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const AS_WRITTEN = new RegExp(`(?<![\\p{L}])(?:${[...NAMES_AS_WRITTEN].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}])`, 'giu');

/** `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG` → `Ủy ban nhân dân tỉnh Lâm Đồng`; `TRƯỜNG THCS TÂN THÀNH` → `Trường THCS Tân Thành`. */
export function properCase(upper: string): string {
  const words = upper.normalize('NFC').trim().split(/\s+/);
  let name = false;
  const out = words.map((w, i) => {
    const lower = w.toLocaleLowerCase('vi');
    const short = SHORT_FORMS.has(w.replace(/[.,;:]$/, '')) || (w === w.toLocaleUpperCase('vi') && /\p{Lu}/u.test(w) && (!VOWEL.test(w) || /\d|&/.test(w)));
    const two = `${words[i - 1]?.toLocaleLowerCase('vi') ?? ''} ${lower}`;
    const word = short ? w : name || i === 0 ? capital(lower) : lower;
    if (BEFORE_NAME.test(lower) || BEFORE_NAME.test(two)) name = true;
    return word;
  });
  return out.join(' ').replace(AS_WRITTEN, (m) => NAMES_AS_WRITTEN.find((n) => n.toLocaleLowerCase('vi') === m.toLocaleLowerCase('vi')) ?? m);
}
