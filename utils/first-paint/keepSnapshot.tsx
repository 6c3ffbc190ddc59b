import { batch, computed, effect } from '@preact/signals-core';
import { type ComponentType, render } from 'preact';
import { nextDayStart } from '@/utils/domain/day';
import { readSnapshots, type SnapshotPage, writeSnapshots } from '@/utils/first-paint/mirror';
import { capture, freshSnapshot, type Snapshot } from '@/utils/first-paint/snapshot';
import { day, loaded, mine, now, progress, settings, timeZone } from '@/utils/storage/store';

/*
 * The day as this page shows it. Drawing the next day's snapshot ahead moves the clock forward and back in one
 * batch, which recomputes the store's day twice; this computed compares the result and so only
 * changes when the shown day does (read `day` directly and every snapshot would ask for another).
 */
const shownDay = computed(() => day.value);

/** `View` rendered off screen as it would show at `at`, with what storage holds now. */
function drawOffScreen(View: ComponentType, at: number): Snapshot['nodes'] {
  const box = document.createElement('div');
  const shown = now.value;
  // In one batch, so effects and subscribed components only ever see the clock as it is.
  batch(() => {
    now.value = at;
    render(<View />, box);
    now.value = shown;
  });
  const nodes = [...box.childNodes].map(capture).filter((node) => node !== null);
  render(null, box);
  return nodes;
}

/** What a page paints first, and the component that draws it. */
export type SnapshotView = { page: SnapshotPage; View: ComponentType };

/**
 * Keeps snapshots of each view as a fresh page would show it, for that page's next open to paint at
 * once (entrypoints/popup-paint, entrypoints/newtab-paint): one for the rest of today, and one of
 * the next day drawn ahead, so the day's first open paints at once too unless something changed
 * overnight (the page corrects it then). Drawn off screen, so what a page shows for the moment (a
 * check-in form, a message) never reaches a snapshot; drawn again, when the browser is idle,
 * whenever what they are drawn from changes (stored state, or the day). Unless `always`, only when
 * the snapshots do not already cover today and the next day: every new tab can then keep them
 * without repeating the work.
 */
export function keepSnapshot(views: SnapshotView[], { always = false } = {}): void {
  let queued = false;
  const draw = () => {
    queued = false;
    const lang = document.documentElement.lang;
    const zone = timeZone.value;
    const dayStart = settings.value.dayStartHour;
    const from = now.value;
    const next = nextDayStart(from, zone, dayStart);
    for (const { page, View } of views) {
      const kept = readSnapshots(page);
      // A change of stored state has already dropped the snapshots (FIRST_PAINT_HOOKS in mirror.ts), and a new day
      // has outdated today's, so ones that still hold show what this page would draw.
      const covered = freshSnapshot(kept, from, zone, lang) && freshSnapshot(kept, next, zone, lang);
      if (!always && covered) continue;
      const snapshotOf = (start: number, until: number): Snapshot => ({
        from: start,
        until,
        timeZone: zone,
        lang,
        nodes: drawOffScreen(View, start),
      });
      writeSnapshots(page, [snapshotOf(from, next), snapshotOf(next, nextDayStart(next, zone, dayStart))]);
    }
  };
  effect(() => {
    void [loaded.value, shownDay.value, progress.value, settings.value, mine.value];
    if (!loaded.value || queued) return;
    queued = true;
    requestIdleCallback(draw, { timeout: 2000 });
  });
}
