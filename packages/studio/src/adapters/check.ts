/**
 * Adapter to the content checker (`@kehoach/check`: rules with findings and quick fixes). The checker
 * is being built on another branch and is not on main yet: `checkAvailable` is false and the studio
 * shows only the loader's diagnostics. When it lands, `checkText` runs it in the worker and its
 * findings join the underlines, each fix offered as a lint action.
 */
import type { Diagnostic } from 'kehoach';

/** True when the checker is built into this studio. */
export const checkAvailable = false;

/** A sentence for the interface about the checker's state, in Vietnamese. */
export const checkNotice = 'Kiểm tra nội dung (chính tả, thể thức Nghị định 30, ngày cũ…) chưa có trong bản này; hiện chỉ kiểm tra theo lược đồ và tham chiếu.';

/** The checker's findings for a plan's text (none until the checker is available). */
export function checkText(_text: string): Diagnostic[] {
  return [];
}
