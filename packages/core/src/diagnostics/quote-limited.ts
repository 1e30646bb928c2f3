/** Longest piece of the input quoted back in a message, in characters. */
export const MAX_QUOTED = 200;

/**
 * Shortens text quoted back from the input (a value, a key, a parser message), so that a huge
 * value is not echoed in full in every diagnostic: the first `max` characters and `…`.
 */
export function quoteLimited(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  // Never cut a surrogate pair in two.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
