/** Words an agency name starts with; in a list, a piece that starts otherwise belongs to the name before it. */
export const AGENCY_HEAD = /^(Sở|Công an|Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Bộ|Ban|Văn phòng|VP|Đài|Báo(?!\s+cáo)|Hội|Đoàn(?!\s+thể)|Trung tâm|Tòa án|Toà án|Viện|Cục|Chi cục|Phòng|Trường|Liên đoàn|Mặt trận|MTTQ|Thanh tra|Kho bạc|Ngân hàng|Bưu điện|Công ty|Tổng công ty|Tổng Công ty|Điện lực|Tỉnh ủy|Tỉnh đoàn|Huyện ủy|Đảng ủy|Cơ quan|Đơn vị|Chi nhánh|Các|các|Tổ công tác|Tổ(?!\s+chức)|Thuế|Nhà trường|Hải quan|Quỹ|Học viện|Thủ trưởng|Giám đốc|Phó Giám đốc|Chủ tịch|Phó Chủ tịch|Hiệu trưởng|Phó Hiệu trưởng|Trưởng phòng|Trưởng ban|Phó Trưởng ban|Tổ trưởng|Trưởng đoàn|Trạm|Thầy|Cô|Bà|Ông|Đồng chí|Đ\/c)(?![\p{L}])/u;

/**
 * Heads of bodies and positions, in any case (`hiệu trưởng`, `Giám đốc các sở`, `Trưởng phòng GDĐT`):
 * in a list, a piece that starts with one is a name of its own.
 */
export const POSITION_HEAD = /^(?:thủ trưởng|giám đốc|phó giám đốc|chủ tịch|phó chủ tịch|hiệu trưởng|phó hiệu trưởng|trưởng phòng|phó trưởng phòng|trưởng ban|phó trưởng ban|tổ trưởng|tổ phó|trưởng đoàn|trưởng thôn|trưởng ấp|trưởng khu phố|trưởng trạm|bí thư|kế toán|giáo viên chủ nhiệm|thủ quỹ)(?![\p{L}])/iu;

/**
 * A role set after a body's name with a dash (`Công an xã - Cơ quan Thường trực Ban Chỉ đạo 799 xã`,
 * `Công an tỉnh – cơ quan thường trực`): the body is the name before it. A dash before another body
 * (`Cơ quan Cảnh sát điều tra – Công an tỉnh`) names a unit of that body and stays.
 */
const ROLE_AFTER_DASH = /\s+[-–]\s+(?:là\s+)?(?:cơ quan|đơn vị)\s+(?:thường trực|chủ trì|đầu mối|tham mưu)(?![\p{L}]).*$/iu;

/**
 * Lower-case words that name bodies of their own after a body's proper name (`Công an xã, cơ sở thôn`,
 * `Ủy ban MTTQ xã, đoàn thể`); after `các` they go on the group (`các ban, ngành, đoàn thể, cơ sở thôn`),
 * and the units of a level go on a name (`UBND các xã, phường`).
 */
const OWN_BODY_AFTER_NAME = /^(?:cơ sở thôn|cơ sở|đoàn thể|địa phương|tổ dân phố|khu dân cư|nhà trường|trường học|doanh nghiệp|lực lượng)(?![\p{L}])/u;

/** A body's proper name written after a lower-case head (`phòng Văn hóa`, `trạm Y tế xã`): a name of its own in any list. */
const LOWER_HEAD_NAME = /^(?:phòng|sở|trung tâm|trạm|ban|hội|ủy ban|uỷ ban|văn phòng)\s+\p{Lu}/u;

/** A body's own name (`Công an xã`), not a group (`các ban, ngành`) nor a bare kind of body (`Cơ quan, địa phương …`). */
const properName = (name: string) => !/^(?:Các|các|Những|những)\s/u.test(name) && name.split(/\s+/).length >= 3;

/**
 * Splits a list of agencies as written ("Sở Tư pháp, Công an tỉnh và các sở, ban, ngành, địa
 * phương") into names, keeping names that contain commas or "và" whole ("Sở Văn hóa, Thể thao và
 * Du lịch", "các sở, ban, ngành"): a piece joins the name before it unless it starts with an agency
 * word (AGENCY_HEAD), or, after a body's proper name, with a body noun of its own (`Công an xã, cơ sở
 * thôn`). `;` always separates. A role after a dash (`- Cơ quan Thường trực …`) is left out.
 */
export function splitNames(list: string): string[] {
  const out: string[] = [];
  const cleaned = list.replace(/\s+/g, ' ').replace(/^[\s,;:-]+|[\s,;:.]+$/g, '');
  for (const part of cleaned.split(/\s*;\s*/)) {
    const pieces = part.split(/(,\s*|\s+và\s+|\s+cùng\s+)/);
    let cur = '';
    for (let i = 0; i < pieces.length; i += 2) {
      const piece = pieces[i]!.trim();
      const sep = i > 0 ? pieces[i - 1]! : '';
      if (!piece) continue;
      if (cur && !AGENCY_HEAD.test(piece) && !POSITION_HEAD.test(piece) && !(OWN_BODY_AFTER_NAME.test(piece) && properName(cur)) && !LOWER_HEAD_NAME.test(piece)) cur += sep + piece;
      else {
        if (cur) out.push(cur);
        cur = piece;
      }
    }
    if (cur) out.push(cur);
  }
  return out.map((n) => n.replace(/^(?:với|cùng)\s+/, '').replace(ROLE_AFTER_DASH, '').trim()).filter((n) => n.length > 1);
}

/** Names joined as in the documents' sentences: `Công an tỉnh, Sở Tư pháp`. */
export function joinNames(names: readonly string[]): string {
  return names.join(', ');
}

/**
 * Names in a labelled line: joined by `; ` when a name has a comma of its own
 * (`Các sở, ban, ngành; UBND các xã, phường, đặc khu`), else by `, `.
 */
export function joinLabelled(names: readonly string[]): string {
  return names.join(names.some((n) => n.includes(',')) ? '; ' : ', ');
}
