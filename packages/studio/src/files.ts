/** Files in and out of the page: downloads, saving the YAML, reading a dropped or chosen file. */

/** MIME types of the files the page saves itself (the downloads' come with them from kehoach's outputs). */
export const MIME: Record<string, string> = {
  yaml: 'application/yaml;charset=utf-8',
};

/** Offers bytes to the user as a download named `fileName`. */
export function download(bytes: Uint8Array | string, fileName: string, type = 'application/octet-stream'): void {
  const blob = new Blob([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)], { type });
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** The File System Access API's handle, where the browser has it (Chromium). */
interface WritableHandle {
  name: string;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}
type SavePicker = (o: { suggestedName: string; types: Array<{ description: string; accept: Record<string, string[]> }> }) => Promise<WritableHandle>;

/**
 * Saves the YAML: to the file it was saved to before (File System Access API), or a new file the
 * user picks; where the browser has no such API, a download. Returns the file's name, or undefined
 * when the user cancelled.
 */
export async function saveYaml(text: string, suggestedName: string, handle?: WritableHandle): Promise<{ name: string; handle?: WritableHandle } | undefined> {
  const picker = (window as unknown as { showSaveFilePicker?: SavePicker }).showSaveFilePicker;
  if (!picker) {
    download(text, suggestedName, MIME.yaml);
    return { name: suggestedName };
  }
  try {
    const h = handle ?? (await picker({ suggestedName, types: [{ description: 'Kế hoạch (YAML)', accept: { 'application/yaml': ['.yaml', '.yml'] } }] }));
    const w = await h.createWritable();
    await w.write(text);
    await w.close();
    return { name: h.name, handle: h };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return undefined;
    download(text, suggestedName, MIME.yaml);
    return { name: suggestedName };
  }
}

/** What kind of file the user gave: plan text, or a document for the importer. */
export function fileKind(name: string): 'yaml' | 'document' | 'unknown' {
  const ext = name.toLowerCase().replace(/^.*\./, '');
  if (['yaml', 'yml', 'json'].includes(ext)) return 'yaml';
  if (['docx', 'pdf', 'txt', 'md', 'doc'].includes(ext)) return 'document';
  return 'unknown';
}
