import { nativeDeflate } from 'kehoach/node';
import { setDeflate } from 'kehoach';

/**
 * DOCX files written by the command are compressed with Node's zlib (native) instead of pako:
 * the same documents, several times faster from a cold start. Imported for its effect by the
 * modules that render.
 */
setDeflate(nativeDeflate);
