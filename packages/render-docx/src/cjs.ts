import _Docxtemplater from 'docxtemplater';
import _PizZip from 'pizzip';

// docxtemplater and pizzip are CommonJS; depending on the loader the default import is the
// module object or the export itself.
function unwrap<T>(m: T): T {
  return ((m as { default?: T }).default ?? m) as T;
}

/** docxtemplater's constructor. */
export const Docxtemplater = unwrap(_Docxtemplater);
/** PizZip's constructor. */
export const PizZip = unwrap(_PizZip);
