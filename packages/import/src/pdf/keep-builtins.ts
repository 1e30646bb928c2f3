/**
 * pdf.js's legacy build (the one that runs in Node 20) carries core-js polyfills that *replace*
 * built-ins the runtime already has — `Array.prototype.push`, `JSON.parse`, `JSON.stringify`,
 * `Function.prototype.toString` — with slower copies, for the whole process. Once pdf.js is loaded
 * every `push` of pdf.js, of the importer and of the host (a portal's server) took several times
 * longer: a fifth of the import of a 17-page PDF. pdf.js needs none of the replaced behaviour
 * (raw JSON, a `push` that throws on a frozen length), only what a runtime lacks
 * (`Promise.withResolvers`, `Uint8Array.fromBase64` …): those additions stay.
 */

/** The built-in objects whose own properties are kept as they were. */
function builtIns(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as object;
  return [
    Array,
    Array.prototype,
    JSON,
    Function.prototype,
    Object,
    Object.prototype,
    Promise,
    Promise.prototype,
    Map.prototype,
    Set.prototype,
    String.prototype,
    ArrayBuffer.prototype,
    typedArray,
    (typedArray as { prototype: object }).prototype,
    Uint8Array,
    Math,
  ];
}

type Saved = [object, PropertyKey, PropertyDescriptor][];

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor | undefined): boolean {
  return !!b && a.value === b.value && a.get === b.get && a.set === b.set;
}

/**
 * Runs `load` (an import that may polyfill) and puts back every property of the built-ins that
 * existed before and was replaced; properties it added are kept. Exported for its test.
 */
export async function keepBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved: Saved = [];
  for (const o of builtIns()) for (const key of Reflect.ownKeys(o)) saved.push([o, key, Object.getOwnPropertyDescriptor(o, key)!]);
  try {
    return await load();
  } finally {
    for (const [o, key, d] of saved) {
      if (!sameDescriptor(d, Object.getOwnPropertyDescriptor(o, key))) Object.defineProperty(o, key, d);
    }
  }
}
