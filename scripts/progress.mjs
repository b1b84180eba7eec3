// The build's progress: on a terminal one line, rewritten in place (phase, done/total, ETA); in a log (CI,
// a pipe) plain lines, one when a phase starts and one when it ends, so the log stays readable.

/** `37 s`, `4 min 05 s`, `1 h 02 min`: whole seconds, the way a reader estimates a wait. */
export function formatDuration(seconds) {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * Seconds left at the rate so far, or null while that rate says nothing yet (nothing done, or under a
 * second of work: the first items are the slowest, as caches warm).
 */
export function etaSeconds({ done, total, elapsedSeconds }) {
  if (done <= 0 || elapsedSeconds < 1 || total <= done) return total > 0 && done >= total ? 0 : null;
  return (elapsedSeconds / done) * (total - done);
}

/** The terminal's line: `prerender 4,210/10,524 pages (40 %), 1 min 52 s, ETA 2 min 48 s`. */
export function progressLine({ phase, unit = '', done, total, elapsedSeconds }) {
  if (total === null || total === undefined) return `${phase}… ${formatDuration(elapsedSeconds)}`;
  const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
  const eta = etaSeconds({ done, total, elapsedSeconds });
  const count = `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
  return (
    `${phase} ${count} (${percent} %), ${formatDuration(elapsedSeconds)}` +
    (eta === null ? '' : `, ETA ${formatDuration(eta)}`)
  );
}

/** A log's line at the end of a phase: `prerender: 10,524 pages in 4 min 31 s`. */
export function phaseEndLine({ phase, unit = '', done, total, elapsedSeconds }) {
  const count =
    total === null || total === undefined ? '' : `${done.toLocaleString('en-US')}${unit ? ` ${unit}` : ''} `;
  return `${phase}: ${count}done in ${formatDuration(elapsedSeconds)}`;
}

/** A log's line at the start of a phase: `prerender: 10,524 pages…`. */
export function phaseStartLine({ phase, unit = '', total }) {
  return total === null || total === undefined
    ? `${phase}…`
    : `${phase}: ${total.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}…`;
}

/** Redraws at most this often: a redraw per page would cost more than some pages. */
const REDRAW_MS = 200;

/**
 * Progress on `stream` (process.stdout by default). `phase(name, { total, unit })` starts a phase and
 * returns `{ advance(count = 1), end(), fail() }`; without a total the terminal line shows the time so far.
 */
export function createProgress({ stream = process.stdout, now = () => performance.now() } = {}) {
  const live = stream.isTTY === true;
  return {
    phase(phase, { total = null, unit = '' } = {}) {
      const started = now();
      let done = 0;
      let drawn = -Infinity;
      const state = () => ({ phase, unit, done, total, elapsedSeconds: (now() - started) / 1000 });
      const draw = () => {
        drawn = now();
        // `\r` back to the line's start, `ESC[K` clears what a longer line before left.
        stream.write(`\r${progressLine(state())}\u001b[K`);
      };
      // Phases without a count (the bundler's) still show that time passes.
      const timer = live && total === null ? setInterval(draw, 1000) : null;
      // Never what keeps the process running (a failed phase that is not ended, say).
      timer?.unref();
      if (live) draw();
      else stream.write(`${phaseStartLine(state())}\n`);
      return {
        advance(count = 1) {
          done += count;
          if (live && now() - drawn >= REDRAW_MS) draw();
        },
        end() {
          if (timer) clearInterval(timer);
          if (live) stream.write(`\r${phaseEndLine(state())}\u001b[K\n`);
          else stream.write(`${phaseEndLine(state())}\n`);
          return (now() - started) / 1000;
        },
        /** The phase failed: the terminal's line is left as it was, so the error starts on a line of its own. */
        fail() {
          if (timer) clearInterval(timer);
          stream.write(
            live ? '\n' : `${state().phase}: failed after ${formatDuration(state().elapsedSeconds)}\n`,
          );
        },
      };
    },
  };
}

/** Runs a phase's work without showing progress (the build's steps called from elsewhere: the bench). */
export const untimed = (name, work) => work({ advance() {} });
