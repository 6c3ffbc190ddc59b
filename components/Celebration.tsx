import { i18n } from '#i18n';
import { library } from '@/utils/content/library';
import { finishedProgram } from '@/utils/domain/stats';
import { changeSettings } from '@/utils/page/actions';
import { progress, settings, today } from '@/utils/storage/store';

/** Whether today is a program's last day, done. */
export function celebrating(): boolean {
  const { path } = settings.value;
  if (path === 'daily') return false;
  return finishedProgram(progress.value, today.value.day, progress.value.startDay, library.programs[path].length);
}

/** The last day of a program, done: a quiet moment, then a choice of what comes next. */
export function Celebration() {
  const { path } = settings.value;
  if (!celebrating()) return null;
  return (
    <section class="celebration" aria-labelledby="celebration-title">
      <div class="celebration-glow" aria-hidden="true" />
      <p id="celebration-title" class="celebration-title">
        {path === 'reset' ? i18n.t('celebrate.reset') : i18n.t('celebrate.gentle')}
      </p>
      <p>{i18n.t('celebrate.body')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => changeSettings({ path: 'daily' })}>
          {i18n.t('celebrate.continue')}
        </button>
        <button type="button" onClick={() => changeSettings({}, { restart: true, fromTomorrow: true })}>
          {i18n.t('celebrate.again')}
        </button>
      </div>
    </section>
  );
}
