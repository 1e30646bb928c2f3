/**
 * A name folded for search: NFC, without tone and vowel marks (so the old and new placements of a
 * tone, `Thuỷ`/`Thủy`, `Hoà`/`Hòa`, are one), `đ` as `d`, lower case, dashes and spaces as one space.
 *
 * @example foldName('Xã Minh Xuân') === 'xa minh xuan'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[‐-―−-]/g, ' ')
    .replace(/['’`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tone marks moved to the modern placement (`hoà` → `hòa`, `thuỷ` → `thủy`) for comparing names with their marks. */
export function modernTones(name: string): string {
  const n = name.normalize('NFC');
  return n.replace(/([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu, (_m, v: string, t: string) => {
    const tone = t.normalize('NFD').slice(1);
    const base = t.normalize('NFD')[0]!;
    return (v + tone).normalize('NFC') + base;
  });
}
