import { UsageError, type Args, type Command, type OptionSpec } from './command.js';
import { suggestName } from './suggest-name.js';

/** Options every command takes. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', type: 'boolean', help: 'in hướng dẫn của lệnh' },
  { name: 'quiet', short: 'q', type: 'boolean', help: 'không in dòng tiến độ và dòng tóm tắt “Đã ghi …”' },
];

const quote = (s: string) => `“${s}”`;

/**
 * Parses a command's arguments against its options: `--name value`, `--name=value`, `-o value`,
 * `-` (standard input) as a positional, `--` to end the options. Every mistake throws a
 * `UsageError` in Vietnamese, with the nearest option or value when one is close.
 */
export function parseOptions(command: Command, argv: readonly string[]): Args {
  const specs = [...command.options, ...GLOBAL_OPTIONS];
  const values: Args['values'] = {};
  const positionals: string[] = [];
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const byName = new Map(specs.map((s) => [s.name, s]));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a === '-' || !a.startsWith('-')) {
      positionals.push(a);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      if (eq >= 0) inline = a.slice(eq + 1);
      spec = byName.get(name);
      if (!spec) {
        const near = suggestName(name, [...byName.keys()]);
        throw new UsageError(`lệnh ${command.name} không có tùy chọn ${quote('--' + name)}${near ? `; có phải ý bạn là ${quote('--' + near)}?` : ''}`);
      }
    } else {
      spec = byShort.get(a[1]!);
      if (a.length > 2) inline = a.slice(2);
      if (!spec) {
        const near = suggestName(a.slice(1), [...byName.keys()]);
        throw new UsageError(`lệnh ${command.name} không có tùy chọn ${quote(a)}${near ? `; có phải ý bạn là ${quote('--' + near)}?` : ''}`);
      }
    }
    const flag = spec.short && !a.startsWith('--') ? `-${spec.short}` : `--${spec.name}`;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`${flag} không nhận giá trị (nhận được ${quote(inline)})`);
      values[spec.name] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      if (i + 1 >= argv.length) throw new UsageError(`${flag} cần một giá trị${spec.arg ? ` (${spec.arg})` : ''}`);
      value = argv[++i]!;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      const near = suggestName(value, spec.choices);
      throw new UsageError(`${flag} phải là ${listOr(spec.choices)} (nhận được ${quote(value)})${near ? `; có phải ý bạn là ${quote(near)}?` : ''}`);
    }
    if (spec.multiple) values[spec.name] = [...((values[spec.name] as string[] | undefined) ?? []), value];
    else if (values[spec.name] !== undefined) throw new UsageError(`${flag} chỉ được cho một lần`);
    else values[spec.name] = value;
  }
  for (const s of specs) if (values[s.name] === undefined && s.default !== undefined) values[s.name] = s.default;
  return { values, positionals };
}

/** `a, b hoặc c`. */
export function listOr(xs: readonly string[]): string {
  return xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} hoặc ${xs[xs.length - 1]}`;
}
