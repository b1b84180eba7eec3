/** How many characters of a value from a URL are shown back to the reader. */
export const SHOWN_CHARACTERS = 40;

/**
 * A value from a URL (which can be anything: markup, 20 000 characters) cut to `max` code points with an
 * ellipsis, so a notice that quotes it stays readable. Counted in code points, so an emoji or a rare Han
 * character outside the BMP is never cut in half into a lone surrogate.
 */
export function shorten(value: string, max: number = SHOWN_CHARACTERS): string {
  const characters = Array.from(value);
  return characters.length > max ? `${characters.slice(0, max).join('')}…` : value;
}
