/**
 * When the embedded frame reports its height. The host sizes the iframe to what the frame reports, which
 * changes the frame's viewport; content sized in `vh` then changes with it, and reporting that would
 * resize the iframe again, forever (a `100vh` element plus anything else never fits).
 *
 * A growth is suspect when the viewport got taller (same width) since the last measurement and the content
 * grew at least as much. Suspect is not proof: the content may have grown for reasons of its own at the
 * same time (a chunk that loaded, a step shown), and a growth left unreported is never reported later (the
 * content then stays put), so the frame would cut its content off for good. A suspect growth is therefore
 * reported, unless the last suspect growth of the same run is repeated: the content followed the
 * viewport by the same ratio twice (content = a + k × viewport, what `vh` units make), which only the loop
 * does. MAX_SUSPECT suspect growths in a row end it however irregular they are. Growth by less than the
 * viewport (`50vh`) converges, and is reported (it ends no run of suspect growths: only a measurement
 * at an unchanged viewport does); a width change re-flows text, and is always reported.
 */
export interface Measurement {
  /** The document's content height, in whole CSS pixels. */
  content: number;
  viewportHeight: number;
  viewportWidth: number;
}

export interface ResizeState extends Measurement {
  /** The height last reported to the host. */
  reported: number;
  /** Suspect growths reported in a row, and the last one's content growth per pixel of viewport growth. */
  suspect: { count: number; ratio: number } | null;
}

/** Suspect growths reported in a row before the rest are taken for the loop, whatever their ratio. */
export const MAX_SUSPECT = 3;

/** Whether a growth follows the viewport by `ratio`; each height is rounded up to a whole pixel. */
const repeats = (ratio: number, contentGrowth: number, viewportGrowth: number) =>
  Math.abs(contentGrowth - ratio * viewportGrowth) <= 1 + ratio;

export function nextResize(
  state: ResizeState | null,
  measured: Measurement,
): { state: ResizeState; report: number | null } {
  if (state === null)
    return { state: { ...measured, reported: measured.content, suspect: null }, report: measured.content };
  const contentGrowth = measured.content - state.content;
  const viewportGrowth = measured.viewportHeight - state.viewportHeight;
  const changed = contentGrowth !== 0 && measured.content !== state.reported;
  const viewportGrew = measured.viewportWidth === state.viewportWidth && viewportGrowth > 0;
  if (!viewportGrew || contentGrowth < viewportGrowth) {
    const report = changed ? measured.content : null;
    // The run of suspect growths goes on while the viewport keeps growing: content that follows it only
    // now and then must not start the count again each time.
    const suspect = viewportGrew ? state.suspect : null;
    return { state: { ...measured, reported: report ?? state.reported, suspect }, report };
  }
  const previous = state.suspect;
  const loops =
    previous !== null &&
    (previous.count >= MAX_SUSPECT || repeats(previous.ratio, contentGrowth, viewportGrowth));
  if (loops || !changed)
    return { state: { ...measured, reported: state.reported, suspect: previous }, report: null };
  const suspect = { count: (previous?.count ?? 0) + 1, ratio: contentGrowth / viewportGrowth };
  return { state: { ...measured, reported: measured.content, suspect }, report: measured.content };
}
