// An independent count for `pnpm corpus`: which tasks does the original name a lead for, judged from
// the words printed for each task (the original's words: recall ≈ 1) with a small list of agency words
// and assignment forms of its own, not from the recogniser's attribution parsing. A task "names a
// lead" when its paragraphs say who leads (“X chủ trì”, a trailing “(X thực hiện)”, “Đề nghị X”,
// “Giao X”, a labelled “Đơn vị chủ trì: X” line), when an enclosing heading is an agency name (a
// by-agency layout), or when its task-table row has a lead cell. "Lead as data": the loaded plan's
// task has a lead, a requested body or an assignment by another document (own or inherited).

const AGENCY = /(^|[\s(,;:])(Sở|Công an|Ủy ban|Uỷ ban|UBND|HĐND|Ban|Phòng|Văn phòng|Đài|Báo|Hội|Đoàn|Trung tâm|Tòa án|Toà án|Viện|Cục|Chi cục|Bộ|Trường|Liên đoàn|Mặt trận|MTTQ|Kho bạc|Ngân hàng|Bưu điện|Tỉnh đoàn|Tỉnh ủy|Thanh tra|Bảo hiểm|Hiệu trưởng|Thủ trưởng|Giám đốc|Tổ trưởng|[Cc]ác (sở|cơ quan|đơn vị|địa phương|ban|ngành|phòng|trường|tổ|xã|huyện))(?=[\s,;.:)]|$)/u;
const names = (s) => AGENCY.test(s);
const strip = (s) => s.replace(/\*+/g, '');

/** Whether printed paragraphs name who leads a task. */
function paragraphsName(paragraphs) {
  return paragraphs.map(strip).some((p) =>
    (/chủ trì/u.test(p) && names(p)) ||
    /\(([^()]*(thực hiện|chủ trì|phối hợp|tham mưu)[^()]*)\)\s*[.;]?\s*$/u.test(p) && names(/\(([^()]*)\)\s*[.;]?\s*$/u.exec(p)[1]) ||
    (/^(Đề nghị|Giao)\s/u.test(p) && names(p.slice(0, 120))) ||
    /^-?\s*(Đơn vị|Cơ quan)\s+(chủ trì|thực hiện)[^:]*:/u.test(p));
}

/** Column of a table model whose header says it holds the lead. */
function leadColumn(table) {
  const row = table.header[table.header.length - 1];
  if (!row) return -1;
  const titles = [];
  for (const c of row.cells) for (let k = 0; k < c.colSpan; k++) titles.push(k === 0 ? c.paragraphs.join(' ') : '');
  // cells covered by a row span above are `continued` placeholders: read the row above for them
  table.header.slice(0, -1).reverse().forEach((above) => {
    let col = 0;
    for (const c of above.cells) {
      if (!titles[col]) titles[col] = c.paragraphs.join(' ');
      col += c.colSpan;
    }
  });
  return titles.findIndex((t) => /chủ trì|thực hiện$|đơn vị thực hiện|người thực hiện/iu.test(t) && !/phối hợp/iu.test(t));
}

/**
 * Counts the tasks of a loaded plan whose original names a lead, and how many of them carry it as data.
 * @returns {{ naming: number, withData: number, tasks: number, missed: string[] }} (`missed`: the start of each task
 *   that names a lead without carrying it)
 */
export function leadCoverage(plan) {
  const out = { naming: 0, withData: 0, tasks: 0, missed: [] };
  const hasData = (t) => t.lead.length > 0 || t.requested.length > 0 || Boolean(t.assignedBy);
  const count = (task, named) => {
    out.tasks++;
    if (!named) return;
    out.naming++;
    if (hasData(task)) out.withData++;
    else out.missed.push(task.text.join(' ').slice(0, 160));
  };
  const heading = (n) => n.title && names(strip(n.title)) && strip(n.title).split(' ').length <= 14 && /^(\p{Lu}|các)/u.test(strip(n.title)) && !/chủ trì|thực hiện|tổ chức|triển khai/u.test(n.title) ? 1 : 0;
  const walk = (n, underAgency, parentNamed) => {
    const agencyHere = underAgency || heading(n) === 1 || (n.kind === 'group' && n.paragraphs.length === 0 && n.trailer.some((p) => names(p)));
    if (n.task) {
      // a labelled layout prints “Đơn vị chủ trì: …” as the task's own lines (child nodes of role attribution)
      const lines = n.children.filter((c) => c.role === 'attribution').flatMap((c) => c.paragraphs);
      const named = agencyHere || parentNamed || paragraphsName([...n.paragraphs, ...n.trailer, ...lines]);
      count(n.task, named);
      for (const c of n.children) if (c.role !== 'attribution') walk(c, agencyHere, named);
      return;
    }
    if (n.table && n.tableTasks) {
      const col = leadColumn(n.table);
      for (const { task } of n.tableTasks) {
        const row = n.table.rows.find((r) => r.path === task.path);
        let named = false;
        if (row && col >= 0) {
          let at = 0;
          for (const c of row.cells) {
            if (at <= col && col < at + c.colSpan) named = c.paragraphs.join(' ').trim() !== '';
            at += c.colSpan;
          }
        }
        count(task, named || agencyHere);
      }
      return;
    }
    const groupNamed = n.kind === 'group' && paragraphsName([...n.paragraphs, ...n.trailer]);
    for (const c of n.children) walk(c, agencyHere, parentNamed || groupNamed);
  };
  for (const s of plan.sections) walk(s, false, false);
  for (const a of plan.appendices ?? []) for (const s of a.items) walk(s, false, false);
  return out;
}
