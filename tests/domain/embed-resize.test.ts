import { describe, expect, it } from 'vitest';
import { MAX_SUSPECT, nextResize, type ResizeState } from '../../src/domain/embed-resize';

/**
 * The host and the frame in a loop: the frame measures its content at the current viewport, the host
 * sizes the iframe to what it reports. Returns the heights reported.
 */
function run(contentAt: (viewport: number) => number, start = 150, width = 400, rounds = 50): number[] {
  let state: ResizeState | null = null;
  let viewport = start;
  const reports: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const next = nextResize(state, {
      content: Math.ceil(contentAt(viewport)),
      viewportHeight: viewport,
      viewportWidth: width,
    });
    state = next.state;
    if (next.report !== null) {
      reports.push(next.report);
      viewport = next.report;
    }
  }
  return reports;
}

describe('reporting the frame height', () => {
  it('reports content of a fixed height once', () => {
    expect(run(() => 900)).toEqual([900]);
  });

  it('stops after two reports when content is a 100vh element plus more (it can never fit)', () => {
    // The second growth could have been the content's own, so it is reported; the third repeats it.
    expect(run((viewport) => viewport + 300)).toEqual([450, 750]);
    expect(run((viewport) => 2 * viewport)).toEqual([300, 600]);
    expect(run((viewport) => Math.ceil(1.5 * viewport) + 41)).toEqual([266, 440]);
  });

  it('stops however irregularly the content follows the viewport', () => {
    const quadratic = run((viewport) => viewport + 300 + viewport ** 2 / 2000);
    expect(quadratic.length).toBe(1 + MAX_SUSPECT);
    const sawtooth = run((viewport) => viewport + 300 + (viewport % 97));
    expect(sawtooth.length).toBeGreaterThan(1);
    expect(sawtooth.length).toBeLessThan(15);
  });

  it('follows content that grows by less than the viewport (50vh) until it converges', () => {
    const reports = run((viewport) => 300 + viewport / 2);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.length).toBeLessThan(15);
    expect(reports.at(-1)).toBeGreaterThanOrEqual(598);
  });

  it('reports real content changes, growing and shrinking, and a re-flow after a width change', () => {
    let state = nextResize(null, { content: 500, viewportHeight: 150, viewportWidth: 400 }).state;
    const step = (content: number, viewportHeight: number, viewportWidth = 400) => {
      const next = nextResize(state, { content, viewportHeight, viewportWidth });
      state = next.state;
      return next.report;
    };
    expect(step(500, 500)).toBeNull(); // the host applied the size; nothing changed
    expect(step(800, 500)).toBe(800); // a longer step
    expect(step(800, 800)).toBeNull();
    expect(step(400, 800)).toBe(400); // a shorter one
    expect(step(400, 400)).toBeNull();
    expect(step(520, 400, 300)).toBe(520); // narrower: text wraps onto more lines
  });

  /** Reports for measurements `[content, viewportHeight, viewportWidth?]`, in order. */
  const reportsOf = (measurements: [number, number, number?][]) => {
    let state: ResizeState | null = null;
    return measurements.map(([content, viewportHeight, viewportWidth = 962]) => {
      const next = nextResize(state, { content, viewportHeight, viewportWidth });
      state = next.state;
      return next.report;
    });
  };

  it('reports a growth that comes as the host applies the last report (Firefox: 635, 789, 1077, 1520)', () => {
    // Measured each time only when the content changed, so at the size the host gave it for the one before:
    // the host's earlier resize, which the content did not follow, counted as the viewport's growth.
    expect(
      reportsOf([
        [635, 150],
        [789, 635],
        [1077, 789],
        [1520, 1077],
      ]),
    ).toEqual([635, 789, 1077, 1520]);
    // What Firefox measured with a bare host page (the host's scrollbar narrowed the frame once)…
    expect(
      reportsOf([
        [635, 150, 1024],
        [635, 635, 1024],
        [789, 635, 1024],
        [789, 789, 1012],
        [1077, 789, 1012],
        [1520, 1077, 1012],
      ]),
    ).toEqual([635, null, 789, null, 1077, 1520]);
    // …and with the portal page (body padding, a bordered container, text after the frame).
    expect(
      reportsOf([
        [635, 150, 974],
        [635, 635, 962],
        [789, 635],
        [1077, 789],
        [1077, 1077],
        [1520, 1077],
      ]),
    ).toEqual([635, null, 789, 1077, null, 1520]);
  });

  it('still reports the content’s own changes once it has stopped following the viewport', () => {
    let state: ResizeState | null = null;
    const step = (content: number, viewportHeight: number) => {
      const next = nextResize(state, { content, viewportHeight, viewportWidth: 400 });
      state = next.state;
      return next.report;
    };
    expect([step(450, 150), step(750, 450), step(1050, 750)]).toEqual([450, 750, null]); // 100vh + 300
    expect(step(1250, 750)).toBe(1250); // an answer shown below it
    expect(step(1050, 750)).toBe(1050); // and hidden again
  });
});
