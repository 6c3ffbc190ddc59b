import { effect } from '@preact/signals';
// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { PauseControl } from '@/components/PauseControl';
import { PopupView } from '@/components/PopupView';
import { keepSnapshot } from '@/utils/first-paint/keepSnapshot';
import { FIRST_PAINT_HOOKS, writeShownAct } from '@/utils/first-paint/mirror';
import { connect, keepTime, loaded, settings, today } from '@/utils/storage/store';

function App({ main, fromReminder }: { main: HTMLElement; fromReminder: boolean }) {
  const style = loaded.value ? settings.value.newTabStyle : null;
  // The first paint used the mirrored style; the stored one wins if they differ.
  useEffect(() => {
    if (!style) return;
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
      <ActCard headingLevel={2} />
    </>
  );
}

/**
 * Fills the act slot once storage is read; storage stays connected in every style, so a style
 * change shows. Keeps the popup's snapshot of the day, so its first open of the day paints at once.
 */
export function mountApp(slot: HTMLElement, main: HTMLElement, fromReminder: boolean) {
  keepTime(() => Date.now());
  void connect(FIRST_PAINT_HOOKS);
  render(<App main={main} fromReminder={fromReminder} />, slot);
  effect(() => {
    if (loaded.value) writeShownAct(today.value.actId);
  });
  keepSnapshot(PopupView);
}
