import { computed, effect } from '@preact/signals-core';
import { type ComponentType, render } from 'preact';
import { nextDayStart } from '@/utils/day';
import { readPopupSnapshot, writePopupSnapshot } from '@/utils/mirror';
import { capture, freshSnapshot } from '@/utils/snapshot';
import { loaded, now, progress, saveError, settings, timeZone, today } from '@/utils/store';

const day = computed(() => today.value.day);

/**
 * Keeps a drawing of `View` as a fresh popup would show it, for the popup's next open to paint at
 * once (entrypoints/popup-paint). Drawn off-screen, so what a page shows for the moment (a check-in
 * form, a message) never reaches the popup; drawn again, when the browser is idle, whenever what it
 * is drawn from changes (stored state, or the day). Unless `always`, only when no drawing of today
 * is kept: every new tab can then keep one for the day's first open without repeating the work.
 */
export function keepSnapshot(View: ComponentType, { always = false } = {}): void {
  let queued = false;
  const draw = () => {
    queued = false;
    const lang = document.documentElement.lang;
    // A change of stored state has already dropped the kept drawing (utils/store.ts), and a new day
    // has outdated it, so one that still holds shows what this page would draw.
    if (saveError.value || (!always && freshSnapshot(readPopupSnapshot(), now.value, timeZone.value, lang))) return;
    const box = document.createElement('div');
    render(<View />, box);
    const nodes = [...box.childNodes].map(capture).filter((node) => node !== null);
    render(null, box);
    writePopupSnapshot({
      drawnAt: now.value,
      until: nextDayStart(now.value, timeZone.value, settings.value.dayStartHour),
      timeZone: timeZone.value,
      lang,
      nodes,
    });
  };
  effect(() => {
    void [loaded.value, day.value, progress.value, settings.value, saveError.value];
    if (!loaded.value || queued) return;
    queued = true;
    requestIdleCallback(draw, { timeout: 2000 });
  });
}
