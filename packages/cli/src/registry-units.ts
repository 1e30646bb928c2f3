import { existsSync } from 'node:fs';
import { communeProfile, findCommune, loadUnits, slugify, type Commune, type UnitProfile } from 'kehoach';

/** Where a unit's profile comes from: a file, or a commune of the units registry. */
export type UnitSource = { file: string } | { commune: Commune; profile: UnitProfile };

/** A `--unit` value names a file when one exists there or it ends in `.yaml`/`.yml`; otherwise a unit of the registry. */
export function isUnitFile(value: string): boolean {
  return /\.ya?ml$/i.test(value) || existsSync(value);
}

/** `02215 phường Minh Xuân (tỉnh Tuyên Quang)`: a commune as a list shows it. */
export function communeLine(c: Commune): string {
  return `${c.code}  ${c.fullName} (${c.province.fullName})`;
}

/** The file name of a commune's plan in a batch: `02215-phuong-minh-xuan`. */
export function communeStem(c: Commune): string {
  return slugify(`${c.code} ${c.fullName}`);
}

/**
 * The commune a `--unit` value names, as a profile; or the message that stops the command: several
 * units of that name (listed, with how to choose), none (and what a former commune of that name became).
 */
export async function registryUnit(query: string): Promise<{ source?: UnitSource; message?: string }> {
  const r = await findCommune(query);
  if (r.commune) return { source: { commune: r.commune, profile: communeProfile(r.commune) } };
  if (r.matches.length) {
    return {
      message: [
        `kehoach: “${query}” khớp ${r.matches.length} đơn vị — chọn một bằng mã, hoặc ghi thêm tỉnh sau dấu phẩy (“${r.matches[0]!.fullName}, ${r.matches[0]!.province.fullName}”):`,
        ...r.matches.map((c) => `  ${communeLine(c)}`),
        `(“${query}” names ${r.matches.length} units: give the code, or the province after a comma.)`,
      ].join('\n') + '\n',
    };
  }
  const lines: string[] = [];
  if (r.otherKind.length) lines.push(`kehoach: không có đơn vị “${query}”; cùng tên, khác loại (no unit of that kind; of that name):`, ...r.otherKind.map((c) => `  ${communeLine(c)}`));
  if (r.former.length) {
    lines.push(`${r.otherKind.length ? '' : 'kehoach: '}“${query}” không còn là đơn vị hành chính từ 01/7/2025 (sắp xếp đơn vị hành chính năm 2025); đơn vị kế thừa:`);
    lines.push(...r.former.map((f) => `  ${f.fullName} (${f.district}, ${f.formerProvince}) → nay là ${f.successors.map(communeLine).join('; ')} — ${f.resolution.communes}`));
    lines.push(`(“${query}” no longer exists since 1 July 2025: use its successor.)`);
  }
  if (lines.length) return { message: lines.join('\n') + '\n' };
  return { message: `kehoach: không tìm thấy đơn vị hành chính “${query}” (mã 5 chữ số hoặc tên xã, phường, đặc khu) — no unit named “${query}”\n` };
}

/** The communes of a province (its code or name), or the message that stops the command. */
export async function provinceCommunes(query: string): Promise<{ communes?: Commune[]; message?: string }> {
  const units = await loadUnits();
  const p = units.province(query);
  if (!p) {
    const former = units.formerProvince(query);
    const hint = former?.merged ? `: từ 01/7/2025 thuộc ${former.successor.fullName} (mã ${former.successor.code})` : '';
    return { message: `kehoach: không có tỉnh, thành phố “${query}”${hint} — 34 tỉnh, thành phố: ${units.provinces().map((x) => `${x.code} ${x.name}`).join(', ')}\n` };
  }
  return { communes: units.communes(p) };
}
