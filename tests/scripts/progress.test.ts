import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM of the build (scripts/progress.mjs); typed below
import * as progressModule from '../../scripts/progress.mjs';

interface State {
  phase: string;
  unit?: string;
  done: number;
  total: number | null;
  elapsedSeconds: number;
}
interface Stream {
  isTTY?: boolean;
  write: (text: string) => void;
}
const { formatDuration, etaSeconds, progressLine, phaseEndLine, createProgress } = progressModule as {
  formatDuration: (seconds: number) => string;
  etaSeconds: (state: Omit<State, 'phase'>) => number | null;
  progressLine: (state: State) => string;
  phaseEndLine: (state: State) => string;
  createProgress: (options: { stream: Stream; now: () => number }) => {
    phase: (
      name: string,
      options?: { total?: number | null; unit?: string },
    ) => { advance: (count?: number) => void; end: () => number; fail: () => void };
  };
};

describe('build progress: durations and the ETA', () => {
  it('writes durations as a reader estimates a wait', () => {
    expect(formatDuration(0.4)).toBe('0 s');
    expect(formatDuration(37.2)).toBe('37 s');
    expect(formatDuration(59.6)).toBe('1 min 00 s');
    expect(formatDuration(245)).toBe('4 min 05 s');
    expect(formatDuration(3725)).toBe('1 h 02 min');
  });

  it('projects the rate so far onto what is left', () => {
    expect(etaSeconds({ done: 100, total: 400, elapsedSeconds: 20 })).toBe(60);
    expect(etaSeconds({ done: 400, total: 400, elapsedSeconds: 80 })).toBe(0);
  });

  it('gives no ETA before anything is done or within the first second', () => {
    expect(etaSeconds({ done: 0, total: 400, elapsedSeconds: 5 })).toBeNull();
    expect(etaSeconds({ done: 30, total: 400, elapsedSeconds: 0.5 })).toBeNull();
  });
});

describe('build progress: the lines', () => {
  it('shows the phase, done/total, the share, the time so far and the ETA', () => {
    expect(
      progressLine({ phase: 'prerender', unit: 'pages', done: 4210, total: 10524, elapsedSeconds: 112 }),
    ).toBe('prerender 4,210/10,524 pages (40 %), 1 min 52 s, ETA 2 min 48 s');
  });

  it('shows only the time so far for a phase without a count', () => {
    expect(progressLine({ phase: 'client bundle', done: 0, total: null, elapsedSeconds: 12 })).toBe(
      'client bundle… 12 s',
    );
  });

  it('ends a phase with what it did and how long it took', () => {
    expect(
      phaseEndLine({ phase: 'precompress', unit: 'files', done: 2104, total: 2104, elapsedSeconds: 95 }),
    ).toBe('precompress: 2,104 files done in 1 min 35 s');
  });
});

function recorder(isTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  return {
    written,
    tick: (ms: number) => (clock += ms),
    progress: createProgress({ stream: { isTTY, write: (text) => written.push(text) }, now: () => clock }),
  };
}

describe('build progress: terminal or log', () => {
  it('rewrites one line in place on a terminal, at most every 200 ms', () => {
    const { written, tick, progress } = recorder(true);
    const phase = progress.phase('prerender', { total: 10, unit: 'pages' });
    tick(100);
    phase.advance();
    tick(150);
    phase.advance();
    tick(5000);
    for (let page = 0; page < 8; page += 1) phase.advance();
    phase.end();
    expect(written.every((text) => text.startsWith('\r'))).toBe(true);
    expect(written.filter((text) => text.endsWith('\n'))).toHaveLength(1);
    const CLEAR_LINE = '\u001b[K';
    expect(written.map((text) => text.replace(/^\r/, '').replace(CLEAR_LINE, '').trimEnd())).toEqual([
      'prerender 0/10 pages (0 %), 0 s',
      'prerender 2/10 pages (20 %), 0 s',
      'prerender 3/10 pages (30 %), 5 s, ETA 12 s',
      'prerender: 10 pages done in 5 s',
    ]);
  });

  it('writes plain lines in a log: the phase with its total, then what it did', () => {
    const { written, tick, progress } = recorder(false);
    const phase = progress.phase('precompress', { total: 3, unit: 'files' });
    for (let file = 0; file < 3; file += 1) {
      tick(1000);
      phase.advance();
    }
    expect(phase.end()).toBe(3);
    expect(written).toEqual(['precompress: 3 files…\n', 'precompress: 3 files done in 3 s\n']);
  });

  it('says in a log that a phase failed, and after how long', () => {
    const { written, tick, progress } = recorder(false);
    const phase = progress.phase('client bundle');
    tick(65_000);
    phase.fail();
    expect(written).toEqual(['client bundle…\n', 'client bundle: failed after 1 min 05 s\n']);
  });
});
