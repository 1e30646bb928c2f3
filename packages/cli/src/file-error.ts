import { formatDiagnostics } from 'kehoach';
import { NODE_CODES } from 'kehoach/node';

const VI: Record<string, string> = {
  ENOENT: 'thư mục không tồn tại',
  EISDIR: 'đường dẫn là một thư mục, cần tên tệp',
  ENOTDIR: 'một phần của đường dẫn không phải thư mục',
  EACCES: 'không có quyền ghi',
  EPERM: 'không có quyền ghi',
  EROFS: 'ổ đĩa chỉ đọc',
  ENOSPC: 'ổ đĩa đã đầy',
  EINPUT: 'đây là một tệp đầu vào của lệnh, ghi ra sẽ xóa mất nó; chọn tên khác',
};

/**
 * The diagnostic line for a file-system error thrown while a command wrote (an output folder that
 * does not exist, a folder given as a file, no permission, an input as output): the user's path,
 * not an internal error. Undefined for anything else.
 */
export function fileErrorMessage(e: unknown): string | undefined {
  if (!e || typeof e !== 'object' || !('syscall' in e)) return undefined;
  const err = e as NodeJS.ErrnoException;
  const place = { file: err.path ?? '?', path: '', line: 1, column: 1 };
  const d = NODE_CODES.create('FILE_UNWRITABLE', place, { detail: VI[err.code ?? ''] ?? String(err.code), detailEn: String(err.code ?? err.message) });
  return formatDiagnostics([d]);
}
