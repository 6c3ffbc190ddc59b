import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import { DAY_START_HOURS } from '@/utils/domain/model';
import { changeSettings } from '@/utils/page/actions';
import { settings } from '@/utils/storage/store';
import { NotSaved, Section } from '../form';

const hourLabel = (hour: number) =>
  new Intl.DateTimeFormat(uiLanguage(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    Date.UTC(2026, 0, 1, hour),
  );

export function DaySettings() {
  return (
    <Section id="day" title={i18n.t('options.day')}>
      <label class="field">
        <span class="field-label">{i18n.t('options.dayStart')}</span>
        <select
          value={settings.value.dayStartHour}
          onChange={(e) => changeSettings({ dayStartHour: Number(e.currentTarget.value) }, { source: 'dayStart' })}
        >
          {DAY_START_HOURS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </select>
        <small class="hint">{i18n.t('options.dayStartHint')}</small>
      </label>
      <NotSaved source="dayStart" />
    </Section>
  );
}
