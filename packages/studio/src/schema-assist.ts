/**
 * Completion and hover in Vietnamese from the plan's JSON Schema: keys a mapping may have, the
 * values an enum allows, and agency ids from the plan's own `agencies`.
 */
import type { Completion, CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { hoverTooltip, type Tooltip } from '@codemirror/view';
import { documentKinds } from 'kehoach';
import { describe, propertiesAt, takesAgencyId, valuesAt, type Schema } from './schema-walker.js';
import { placeAt } from './yaml-path.js';

/** Where completion finds the plan's declared agencies (updated after every load). */
export interface AgencySource {
  agencies(): Array<{ id: string; name: string }>;
}

/** The Vietnamese half of a bilingual text (`Tiếng Việt. — English.`). */
export function vietnamese(text: string | undefined): string {
  return (text ?? '').split(' — ')[0]!.trim();
}

/** The completion source for the editor. */
export function schemaCompletion(schema: Schema, source: AgencySource) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const text = ctx.state.doc.toString();
    const place = placeAt(text, ctx.pos);
    if (!ctx.explicit && !place.prefix && place.mode === 'key') return null;
    const line = ctx.state.doc.lineAt(ctx.pos);
    if (/^\s*#/.test(line.text)) return null;
    let options: Completion[] = [];
    if (place.mode === 'key') {
      options = propertiesAt(schema, place.path).map((p) => ({
        label: p.name,
        apply: `${p.name}: `,
        type: 'property',
        detail: vietnamese(p.title).replace(/\s*\(.*\)$/, '') + (p.required ? ' · bắt buộc' : ''),
        info: vietnamese(p.description),
      }));
    } else {
      if (takesAgencyId(schema, place.path)) {
        options = source.agencies().map((a) => ({ label: a.id, type: 'variable', detail: a.name, info: `Cơ quan đã khai báo: ${a.name}` }));
      }
      options.push(...valuesAt(schema, place.path).map((v) => ({ label: String(v), type: 'enum', detail: 'giá trị cho phép' })));
      if (place.path.length === 1 && place.path[0] === 'kind') options.push(...kindOptions());
    }
    if (!options.length) return null;
    return { from: place.from, options, validFor: /^[\w-]*$/ };
  };
}

/** The registered document kinds, as values of `kind:` (the schema only says what an id looks like). */
export function kindOptions(): Completion[] {
  return documentKinds().map((k) => ({ label: k.id, type: 'enum', detail: `${k.name} (${k.form})` }));
}

/** Hover on a key (or a value): its title and description in Vietnamese. */
export function schemaHover(schema: Schema) {
  return hoverTooltip((view, pos): Tooltip | null => {
    const line = view.state.doc.lineAt(pos);
    const rel = pos - line.from;
    const word = /[\w$-]+/g;
    let m: RegExpExecArray | null;
    while ((m = word.exec(line.text))) {
      if (m.index <= rel && rel <= m.index + m[0].length) break;
    }
    if (!m) return null;
    const end = line.from + m.index + m[0].length;
    const text = view.state.doc.toString();
    const isKey = line.text.slice(m.index + m[0].length).startsWith(':');
    const place = placeAt(text, end);
    const path = isKey && place.mode === 'key' ? [...place.path, m[0]] : place.path;
    const info = describe(schema, path);
    if (!info) return null;
    return {
      pos: line.from + m.index,
      end,
      above: true,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-schema-hover';
        const t = document.createElement('strong');
        t.textContent = vietnamese(info.title) || path.join('.');
        const d = document.createElement('p');
        d.textContent = vietnamese(info.description);
        dom.append(t, d);
        return { dom };
      },
    };
  });
}
