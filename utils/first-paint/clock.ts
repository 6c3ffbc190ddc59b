import { i18n } from '#i18n';
import { type ClockFace, clockFace, clockLocale, type PartOfDay, untilNextMinute } from '@/utils/domain/clock';
import { currentTimeZone } from '@/utils/domain/day';

const GREETINGS: Record<PartOfDay, () => string> = {
  morning: () => i18n.t('clock.morning'),
  afternoon: () => i18n.t('clock.afternoon'),
  evening: () => i18n.t('clock.evening'),
  night: () => i18n.t('clock.night'),
};

function line(tag: 'p' | 'time', className: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

/**
 * The new tab's quiet clock: a greeting, the time and the date, built in the first frame and set
 * again at the start of every minute. Its box has a fixed height and the time a fixed width in
 * even-width digits, so a change of words moves nothing on the page; the words change in place,
 * with no transition, and nothing is announced (a screen reader reads it when it comes to it).
 */
function paintClock(readClock: () => number): HTMLElement {
  const box = document.createElement('div');
  box.className = 'clock';
  const greeting = line('p', 'clock-greeting');
  const time = line('time', 'clock-time');
  const date = line('p', 'clock-date');
  box.append(greeting, time, date);
  const { locale, hourCycle } = clockLocale(document.documentElement.lang, navigator.language);
  let shown: ClockFace | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gone = new AbortController();
  const set = () => {
    clearTimeout(timer);
    // Taken off the page (turned off in settings): it stops, and lets go of the page.
    if (shown && !box.isConnected) {
      gone.abort();
      return;
    }
    const now = readClock();
    const face = clockFace(now, currentTimeZone(), locale, hourCycle);
    if (face.part !== shown?.part) greeting.textContent = GREETINGS[face.part]();
    if (face.time !== shown?.time) time.textContent = face.time;
    time.setAttribute('datetime', face.machineTime);
    if (face.date !== shown?.date) date.textContent = face.date;
    shown = face;
    timer = setTimeout(set, untilNextMinute(now));
  };
  set();
  // A hidden tab's timers are held back, and a computer may wake from sleep: set it on coming back.
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'visible') set();
    },
    { signal: gone.signal },
  );
  return box;
}

/** Puts the clock at the top of the new tab, or takes it away, as the setting says. */
export function showClock(main: HTMLElement, on: boolean, readClock: () => number): void {
  const clock = main.querySelector(':scope > .clock');
  if (on && !clock) main.prepend(paintClock(readClock));
  if (!on) clock?.remove();
  main.toggleAttribute('data-clock', on);
}
