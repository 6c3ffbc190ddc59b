/**
 * Runs `then` once the first paint is on screen. Loading and running the rest
 * of the page before that competes with the paint for the processor and delays it.
 */
export function afterFirstPaint(then: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    observer.disconnect();
    then();
  };
  const observer = new PerformanceObserver(once);
  observer.observe({ type: 'paint', buffered: true });
  // A hidden tab (opened in the background) may not paint soon; its act still loads.
  setTimeout(once, 1000);
}
