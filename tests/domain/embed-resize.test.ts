import { describe, expect, it } from 'vitest';
import { nextResize, type ResizeState } from '../../src/domain/embed-resize';

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

  it('stops after one report when content is a 100vh element plus more (it can never fit)', () => {
    expect(run((viewport) => viewport + 300)).toEqual([450]);
    expect(run((viewport) => 2 * viewport)).toEqual([300]);
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
});
