/** A piece of text with its effective formatting. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
  size?: number;
}

/** Escapes characters that inline markdown would read as formatting. */
function escapeMarkdown(text: string): string {
  return text.replace(/([*\\])/g, '\\$1');
}

/** Appends a run, merging it into the previous one when the formatting is the same. */
export function pushRun(out: TextRun[], run: TextRun): void {
  const last = out[out.length - 1];
  if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
  else out.push({ ...run });
}

/**
 * Turns runs into inline markdown: `**bold**`, `*italic*`, `***both***`, with spaces kept outside
 * the markers (markdown needs the marker against a non-space character); `*` and `\` escaped.
 */
export function runsToMarkdown(runs: readonly TextRun[]): string {
  let out = '';
  for (const r of runs) {
    const text = escapeMarkdown(r.text);
    const marker = r.bold && r.italic ? '***' : r.bold ? '**' : r.italic ? '*' : '';
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
    if (!marker || !m[2]) out += text;
    else out += `${m[1]}${marker}${m[2]}${marker}${m[3]}`;
  }
  return out;
}
