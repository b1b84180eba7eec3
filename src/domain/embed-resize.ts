/**
 * When the embedded frame reports its height. The host sizes the iframe to what the frame reports, which
 * changes the frame's viewport; content sized in `vh` then changes with it, and reporting that would
 * resize the iframe again, forever (a `100vh` element plus anything else never fits). So a change of the
 * content is reported unless it merely follows a taller viewport: when the viewport got taller (same width)
 * and the content grew at least as much, the growth is the viewport's doing and is not reported. Growth
 * by less (`50vh`) converges, and is reported; a width change re-flows text, and is always reported.
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
}

export function nextResize(
  state: ResizeState | null,
  measured: Measurement,
): { state: ResizeState; report: number | null } {
  if (state === null) return { state: { ...measured, reported: measured.content }, report: measured.content };
  const contentGrowth = measured.content - state.content;
  const viewportGrowth = measured.viewportHeight - state.viewportHeight;
  const followsViewport =
    measured.viewportWidth === state.viewportWidth && viewportGrowth > 0 && contentGrowth >= viewportGrowth;
  const report =
    contentGrowth !== 0 && !followsViewport && measured.content !== state.reported ? measured.content : null;
  return { state: { ...measured, reported: report ?? state.reported }, report };
}
