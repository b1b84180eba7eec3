/**
 * Runs `task` once the browser has painted the next frame (a task queued from an animation frame callback
 * runs after that frame), so work that nothing on screen waits for does not delay it. Returns a function
 * that cancels it.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
