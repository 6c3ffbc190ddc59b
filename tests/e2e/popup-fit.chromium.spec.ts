import type { Page } from '@playwright/test';
import { actsWithWords, library, retiredActs } from '@/utils/content/library';
import type { Act } from '@/utils/content/types';
import { addDays } from '@/utils/domain/day';
import { expect, guard, launch, serviceWorker, test } from './fixtures';

/*
 * A browser shows a popup at most 600 px tall: every act with words, in either language, must fit
 * the popup's width with today's counts showing, open and done, without scrolling (a retired act
 * only done: it shows only on a day done with it). One live popup is driven through every act by
 * writing storage, as another window would.
 */
test.describe.configure({ timeout: 240_000 });

const POPUP = { width: 360, height: 600 };
const byDirection = (direction: Act['direction']) => library.acts.find((a) => a.direction === direction)?.id ?? '';

interface Placed {
  id: string;
  path: 'daily' | 'reset' | 'gentle';
  /** Day of the program, from 1, for a program's act. */
  programDay: number;
  /** The program's last act: done, the popup celebrates instead of counting. */
  last: boolean;
}

const placed: Placed[] = actsWithWords.map((act) => {
  const reset = library.programs.reset.indexOf(act);
  const gentle = library.programs.gentle.indexOf(act);
  const { reset: r, gentle: g } = library.programs;
  if (reset >= 0) return { id: act.id, path: 'reset', programDay: reset + 1, last: reset === r.length - 1 };
  if (gentle >= 0) return { id: act.id, path: 'gentle', programDay: gentle + 1, last: gentle === g.length - 1 };
  return { id: act.id, path: 'daily', programDay: 0, last: false };
});

/** Storage for a popup that shows `act` today with `status`, and every count there is. */
function state(today: string, act: Placed, status: 'open' | 'done') {
  const days: Record<string, unknown> = {};
  // Done days earlier this month and before it, toward others and toward oneself: every count shows.
  for (let i = 1; i <= 40; i += 3) {
    days[addDays(today, -i)] = {
      actId: i % 2 ? byDirection('close') : byDirection('self'),
      status: 'done',
      swapped: [],
    };
  }
  days[today] = { actId: act.id, status, swapped: [] };
  const startDay = act.programDay ? addDays(today, 1 - act.programDay) : addDays(today, -60);
  return {
    settings: { path: act.path, focus: 'everyone', hideNumbers: false },
    progress: { startDay, days },
  };
}

async function overflow(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    return { height: root.scrollHeight, width: root.scrollWidth };
  });
}

for (const lang of ['en', 'es'] as const) {
  test(`every act fits the popup with its counts, open and done, in ${lang}`, async () => {
    const context = await launch({ lang });
    const checks = guard(context);
    const id = new URL((await serviceWorker(context)).url()).host;
    const page = await context.newPage();
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${id}/popup.html`);
    await page.locator('#app:not([inert]) #act-title').waitFor();
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA').format(new Date()));
    const tooTall: string[] = [];
    // storage.sync takes only so many writes a minute: settings change once per path.
    let path = '';
    for (const act of placed) {
      // A retired act is only ever today's when the day was done with it before an update.
      const retired = retiredActs.some((a) => a.id === act.id);
      for (const status of retired ? (['done'] as const) : (['open', 'done'] as const)) {
        const { settings, progress } = state(today, act, status);
        await page.evaluate(
          async ({ settings, progress, writeSettings }) => {
            type Area = { set(items: object): Promise<void> };
            const api = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync', Area> } }).chrome;
            if (writeSettings) await api.storage.sync.set({ settings });
            await api.storage.local.set({ progress });
          },
          { settings, progress, writeSettings: act.path !== path },
        );
        path = act.path;
        await page.locator(`.act-card[data-status="${status}"] #act-title[data-act-id="${act.id}"]`).waitFor();
        if (act.last && status === 'done') await expect(page.locator('.celebration')).toBeVisible();
        else await expect(page.locator('.counts li')).toHaveCount(4);
        const size = await overflow(page);
        if (size.height > POPUP.height || size.width > POPUP.width)
          tooTall.push(`${act.id} (${status}): ${size.width}×${size.height}`);
      }
    }
    expect(tooTall, `acts that do not fit a ${POPUP.width}×${POPUP.height} popup in ${lang}`).toEqual([]);
    await context.close();
    expect(checks.errors).toEqual([]);
    expect(checks.offsite).toEqual([]);
  });
}
