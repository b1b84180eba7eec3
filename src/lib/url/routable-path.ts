/**
 * React Router's `*` route does not match a path with a line terminator (its pattern is `.*` without the
 * `s` flag), so `/en-us/a%0Ab` or `/en-us/a%E2%80%A8b` matched no route and the page went blank. No page has
 * such a path: the characters become U+FFFD, so the path is shown as not found and still shows where the
 * odd character was.
 */
const LINE_TERMINATOR = /%(?:0a|0d|e2%80%a8|e2%80%a9)/gi;

export function routablePath(pathname: string): string {
  return pathname.replace(LINE_TERMINATOR, '%EF%BF%BD');
}
