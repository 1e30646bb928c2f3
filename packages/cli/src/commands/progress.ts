import { isIsoDate } from 'kehoach';
import { UsageError, type Command } from '../command.js';

/** `kehoach progress`. */
export const progress: Command = {
  name: 'progress',
  summary: 'Nhập sổ Excel các cơ quan đã điền (tình trạng, kết quả, minh chứng) vào tệp tiến độ, không ghi đè điều đã ghi',
  usage: 'import <da-dien.xlsx>',
  description:
    'Mỗi dòng có điền là một lần cập nhật, ghi ngày --date (mặc định hôm nay). Ô sai (mã không có, tình trạng ngoài danh sách, ngày không đọc được, ' +
    'dòng của cơ quan khác) được báo kèm trang!ô và dòng đó không được nhập; dòng trùng điều đã ghi không thêm gì; dòng khác điều đã ghi là xung đột, ' +
    'được báo, không ghi đè. Trả về 1 khi có lỗi.',
  positionals: { min: 2, max: 2 },
  options: [
    { name: 'into', type: 'string', arg: 'tien-do.yaml', help: 'tệp tiến độ để ghi vào (bắt buộc; tạo mới nếu chưa có)' },
    { name: 'plan', type: 'string', arg: 'ke-hoach.yaml', help: 'kế hoạch (mặc định: “plan:” trong tệp tiến độ)' },
    { name: 'agency', type: 'string', arg: 'ma-co-quan', help: 'cơ quan gửi lại sổ: dòng của cơ quan khác bị từ chối' },
    { name: 'date', type: 'string', arg: 'YYYY-MM-DD', help: 'ngày báo cáo của các cập nhật (mặc định hôm nay)' },
  ],
  examples: ['kehoach progress import so-y-te.xlsx --into ke-hoach.progress.yaml --agency so-y-te --date 2026-06-05'],
  async run({ args, io }) {
    const v = args.values;
    const [sub, file] = args.positionals;
    if (sub !== 'import') throw new UsageError(`kehoach progress có lệnh con import (nhận được “${sub}”)`);
    if (v.into === undefined) throw new UsageError('cần --into <tệp tiến độ>');
    if (v.date !== undefined && !isIsoDate(v.date as string)) throw new UsageError(`--date phải là một ngày có thật dạng YYYY-MM-DD (nhận được “${String(v.date)}”)`);
    const { progressImportCommand } = await import('../command-progress.js');
    return progressImportCommand(file!, {
      into: v.into as string,
      ...(v.plan !== undefined ? { plan: v.plan as string } : {}),
      ...(v.agency !== undefined ? { agency: v.agency as string } : {}),
      ...(v.date !== undefined ? { date: v.date as string } : {}),
    }, io);
  },
};
