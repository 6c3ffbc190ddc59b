import { effect } from '@preact/signals';
// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { PauseControl } from '@/components/PauseControl';
import { NewTabCard, SNAPSHOT_VIEWS } from '@/components/snapshots';
import { showClock } from '@/utils/first-paint/clock';
import { keepSnapshot } from '@/utils/first-paint/keepSnapshot';
import { FIRST_PAINT_HOOKS, writeShownAct } from '@/utils/first-paint/mirror';
import { connect, keepTime, settings, today } from '@/utils/storage/store';

function App({ main, fromReminder }: { main: HTMLElement; fromReminder: boolean }) {
  // Rendered once storage has answered (mountApp), so these are the stored choices. The first paint
  // used the mirrored ones; the stored ones win if they differ.
  const { newTabStyle: style, clock } = settings.value;
  useEffect(() => showClock(main, clock, () => Date.now()), [clock, main]);
  useEffect(() => {
    main.dataset.style = style;
    // The live page has taken over: what it does not show now, it will not show (tests wait for this).
    main.dataset.live = '';
  }, [style, main]);
  if (style !== 'full') return null;
  return (
    <>
      {fromReminder && (
        <div class="reminder-note">
          <p>{i18n.t('reminder.fromNotification')}</p>
          <PauseControl reminder={settings.value.reminder} />
        </div>
      )}
      <NewTabCard />
    </>
  );
}

/**
 * Fills the act slot once storage is read, rendering over the card the first paint rebuilt from
 * its snapshot, so only what differs changes and only then can it be used; storage stays
 * connected in every style, so a style change shows. Keeps the snapshots of the day, so the next
 * new tab and the popup's next open paint at once.
 */
export async function mountApp(slot: HTMLElement, main: HTMLElement, fromReminder: boolean) {
  keepTime(() => Date.now());
  try {
    await connect(FIRST_PAINT_HOOKS);
    render(<App main={main} fromReminder={fromReminder} />, slot);
  } catch (error) {
    // Never leave a card painted from a snapshot that looks usable and is not: say so in its place.
    const note = document.createElement('p');
    note.className = 'act-unreadable';
    note.textContent = i18n.t('sectionError');
    slot.replaceChildren(note);
    throw error;
  } finally {
    slot.inert = false;
  }
  effect(() => writeShownAct(today.value.actId));
  keepSnapshot(SNAPSHOT_VIEWS);
}
