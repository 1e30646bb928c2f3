/** Limits on untrusted input; every reader checks them before doing real work. */
export interface ImportLimits {
  /** Bytes of the file itself. */
  maxBytes: number;
  /** Sum of the uncompressed sizes of the DOCX parts that are read (zip-bomb guard). */
  maxUncompressedBytes: number;
  /** PDF pages. */
  maxPages: number;
}

/** Default limits: a real plan is 2–40 pages and well under 5 MB; signed PDFs with seals reach 1–3 MB. */
export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 60 * 1024 * 1024,
  maxPages: 200,
};
