/** An ASCII id or file name from Vietnamese words: `Quý I` → `quy-i`, `Sở Y tế` → `so-y-te`, `Sở KH&CN` → `so-kh-cn`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
