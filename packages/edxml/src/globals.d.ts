// The one Web API this package uses, shared by browsers and Node; declared here so the package
// compiles without the DOM or Node type libraries (and so cannot use anything else).
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
