import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { hasShortcuts, openShortcutSettings, popupShortcut } from '@/utils/page/shortcut';
import { Section } from '../form';

/** The key the browser has for the popup, read again whenever the page shows: it is changed elsewhere. */
function useShortcut(): string | null {
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    const read = () => void popupShortcut().then(setShortcut);
    const onShow = () => {
      if (document.visibilityState === 'visible') read();
    };
    read();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, []);
  return shortcut;
}

/** The key that opens Daily Kindness from any page, and where the browser lets the person change it. */
export function ShortcutSettings() {
  return hasShortcuts() ? <ShortcutSection /> : null;
}

function ShortcutSection() {
  const shortcut = useShortcut();
  return (
    <Section id="shortcut" title={i18n.t('moment.shortcut.title')}>
      {/* Nothing until the browser has answered, so the page never claims a key that is not there. */}
      {shortcut !== null && (
        <p class="shortcut-now" aria-live="polite">
          {shortcut ? i18n.t('moment.shortcut.is', [shortcut]) : i18n.t('moment.shortcut.none')}
        </p>
      )}
      <p class="hint">
        {import.meta.env.FIREFOX ? i18n.t('moment.shortcut.howFirefox') : i18n.t('moment.shortcut.howChromium')}
      </p>
      <div class="actions">
        <button type="button" onClick={() => void openShortcutSettings()}>
          {i18n.t('moment.shortcut.change')}
        </button>
      </div>
    </Section>
  );
}
