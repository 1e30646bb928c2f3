// The few Web APIs the core uses, shared by browsers and Node; declared here so the
// core compiles without the DOM or Node type libraries (and so cannot use anything else).
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
