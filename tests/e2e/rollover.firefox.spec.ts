import { addDays, dayKey, nextDayStart } from '@/utils/domain/day';
import { expect, test } from './firefox';

const NY = 'America/New_York';
test.use({ timeZone: NY });

test('Firefox: after days away, the background (woken by its alarm and the storage change) opens the right day and plans local midnight', async ({
  firefox,
}) => {
  const popup = await firefox.open('popup.html', '#act-title');
  const today = dayKey(Date.now(), NY);
  // As if the reset began three days ago and the browser was closed since the day before yesterday.
  const start = addDays(today, -3);
  await popup.evaluate(
    async (start, first, second) => {
      await browser.storage.local.set({
        progress: {
          startDay: start,
          days: {
            [start]: { actId: first, status: 'done', swapped: [] },
            [second]: { actId: 'reset_kind_to_body', status: 'done', swapped: [] },
          },
        },
      });
      await browser.alarms.create('day-turn', { when: Date.now() + 100 });
    },
    start,
    'reset_encouraging_message',
    addDays(today, -2),
  );
  const state = () =>
    popup.evaluate(async () => {
      const { progress } = await browser.storage.local.get('progress');
      const alarm = await browser.alarms.get('day-turn');
      return {
        days: (progress as { days: Record<string, { actId: string; status: string }> }).days,
        alarm: alarm?.scheduledTime ?? 0,
      };
    });
  await expect.poll(async () => (await state()).days[today]?.actId).toBe('reset_grace_for_mistake');
  await expect.poll(async () => (await state()).alarm).toBe(nextDayStart(Date.now(), NY));
  expect(Object.keys((await state()).days).sort()).toEqual([start, addDays(today, -2), today]);
  await expect
    .poll(() => popup.$eval('.act-card .eyebrow', (el) => el.textContent))
    .toBe('Day 4 of 5 of the 5-day reset');
});
