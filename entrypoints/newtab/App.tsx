import { i18n } from '#i18n';
import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { Grounding } from '@/components/Grounding';
import { PauseControl } from '@/components/options/ReminderSettings';
import { SupportLink } from '@/components/SupportLink';
import type { Prompt } from '@/utils/content/types';
import { readDisplay } from '@/utils/mirror';
import { loaded, settings } from '@/utils/store';

export function App({ prompt, fromReminder }: { prompt: Prompt; fromReminder: boolean }) {
  // Until storage answers, the mirrored style decides, so the first paint already has the right shape.
  const style = loaded.value ? settings.value.newTabStyle : readDisplay().newTabStyle;
  return (
    <main class="newtab" data-style={style}>
      <Grounding prompt={prompt} />
      {style === 'full' && (
        // The slot keeps its height while storage is read, so nothing below it moves.
        <div class="act-slot">
          {loaded.value && (
            <>
              {fromReminder && (
                <div class="reminder-note">
                  <p>{i18n.t('reminder.fromNotification')}</p>
                  <PauseControl reminder={settings.value.reminder} />
                </div>
              )}
              <ActCard headingLevel={2} />
            </>
          )}
        </div>
      )}
      <footer class="newtab-footer">
        {style !== 'breath' && <ArticleLink />}
        <SupportLink />
      </footer>
    </main>
  );
}
