// Installs the Preact integration, so components re-render when the store's signals change.
import '@preact/signals';
import { useEffect } from 'preact/hooks';
import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { PauseControl } from '@/components/PauseControl';
import type { NewTabStyle } from '@/utils/model';
import { connect, keepTime, loaded, settings } from '@/utils/store';

export interface ActAreaProps {
  fromReminder: boolean;
  /** Reports the stored new-tab style once known, in case the mirrored one was stale. */
  onStyle: (style: NewTabStyle) => void;
  /** Only keep storage connected (minimal and breathing-only styles show no act). */
  hidden?: boolean;
}

keepTime(() => Date.now());
void connect();

export function ActArea({ fromReminder, onStyle, hidden }: ActAreaProps) {
  const style = loaded.value ? settings.value.newTabStyle : null;
  useEffect(() => {
    if (style) onStyle(style);
  }, [style, onStyle]);
  if (hidden || !loaded.value) return null;
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
