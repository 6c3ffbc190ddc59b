import { effect } from '@preact/signals-core';
import { type ComponentType, render } from 'preact';
import { nextDayStart } from '@/utils/day';
import { writePopupSnapshot } from '@/utils/mirror';
import { capture } from '@/utils/snapshot';
import { now, progress, saveError, settings, timeZone, today } from '@/utils/store';

/**
 * Keeps a drawing of `App` as a fresh open would show it, for the next open to paint at once
 * (entrypoints/popup-paint). Drawn off-screen, so what this open shows for the moment (a check-in
 * form, a message) never reaches the next one; redrawn, when the browser is idle, after anything
 * it is drawn from changes.
 */
export function keepSnapshot(App: ComponentType): void {
  let queued = false;
  const draw = () => {
    queued = false;
    if (saveError.value) return;
    const box = document.createElement('div');
    render(<App />, box);
    const nodes = [...box.childNodes].map(capture).filter((node) => node !== null);
    render(null, box);
    writePopupSnapshot({
      drawnAt: now.value,
      until: nextDayStart(now.value, timeZone.value, settings.value.dayStartHour),
      timeZone: timeZone.value,
      lang: document.documentElement.lang,
      nodes,
    });
  };
  effect(() => {
    // Read for their changes: today (which follows the clock), history and settings.
    void [today.value, progress.value, settings.value, saveError.value];
    if (queued) return;
    queued = true;
    requestIdleCallback(draw, { timeout: 2000 });
  });
}
