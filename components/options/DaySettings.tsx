import { i18n } from '#i18n';
import { changeSettings } from '@/utils/actions';
import { settings } from '@/utils/store';
import { uiLanguage } from '@/utils/text';
import { Section } from '../form';

/** Midnight through the late morning: when a night owl's day begins. */
const HOURS = Array.from({ length: 12 }, (_, h) => h);

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
          onChange={(e) => changeSettings({ dayStartHour: Number(e.currentTarget.value) })}
        >
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {hourLabel(h)}
            </option>
          ))}
        </select>
        <small class="hint">{i18n.t('options.dayStartHint')}</small>
      </label>
    </Section>
  );
}
