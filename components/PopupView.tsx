import { i18n } from '#i18n';
import { isWelcomeBack } from '@/utils/domain/stats';
import { progress, today } from '@/utils/storage/store';
import { ActCard } from './ActCard';
import { ArticleLink } from './ArticleLink';
import { Celebration, celebrating } from './Celebration';
import { Counts } from './Counts';
import { Moment, MomentOpener, useMoment } from './Moment';
import { SupportLink } from './SupportLink';
import { WeekView } from './WeekView';

/** What the toolbar popup shows; also drawn off-screen by the new tab, for the popup's next open. */
export function PopupView() {
  const moment = useMoment();
  return (
    <main class="popup" style={moment.style}>
      {moment.prompt && <Moment moment={moment} />}
      {/* Only hidden while the moment shows: a check-in being written, an Undo or a message is all
          still there on the way back. */}
      <div class="popup-day" hidden={moment.prompt !== null}>
        {isWelcomeBack(progress.value, today.value.day) && <p class="welcome-back">{i18n.t('welcomeBack')}</p>}
        <ActCard />
        {/* The day a program is finished is that moment alone: the week and the counts are back tomorrow. */}
        {celebrating() ? (
          <Celebration />
        ) : (
          <>
            <WeekView />
            <Counts />
          </>
        )}
      </div>
      {/* The moment is a quiet offer beside the other ways out, in every state: the popup keeps its height. */}
      <footer class="popup-footer">
        <MomentOpener moment={moment} />
        <ArticleLink />
        <SupportLink />
        <a href="/options.html" target="_blank" rel="noopener">
          {i18n.t('settingsLink')}
        </a>
      </footer>
    </main>
  );
}
