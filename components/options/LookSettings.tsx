import { i18n } from '#i18n';
import { changeSettings } from '@/utils/page/actions';
import { settings } from '@/utils/storage/store';
import { RadioGroup, Section, Toggle } from '../form';

export function LookSettings() {
  const s = settings.value;
  return (
    <Section id="look" title={i18n.t('options.look')}>
      <RadioGroup
        name="theme"
        legend={i18n.t('options.theme')}
        value={s.theme}
        choices={[
          { value: 'system', label: i18n.t('options.themeSystem') },
          { value: 'light', label: i18n.t('options.themeLight') },
          { value: 'dark', label: i18n.t('options.themeDark') },
        ]}
        onChange={(theme) => changeSettings({ theme }, { source: 'theme' })}
      />
      <RadioGroup
        name="newtab"
        legend={i18n.t('options.newTab')}
        value={s.newTabStyle}
        choices={[
          { value: 'full', label: i18n.t('options.newTabFull') },
          { value: 'minimal', label: i18n.t('options.newTabMinimal') },
          { value: 'breath', label: i18n.t('options.newTabBreath') },
        ]}
        onChange={(newTabStyle) => changeSettings({ newTabStyle }, { source: 'newtab' })}
      />
      <Toggle
        label={i18n.t('options.clock')}
        hint={i18n.t('options.clockHint')}
        checked={s.clock}
        source="clock"
        onChange={(clock) => changeSettings({ clock }, { source: 'clock' })}
      />
      <Toggle
        label={i18n.t('options.badge')}
        checked={s.showBadge}
        source="badge"
        onChange={(showBadge) => changeSettings({ showBadge }, { source: 'badge' })}
      />
      <Toggle
        label={i18n.t('options.hideNumbers')}
        checked={s.hideNumbers}
        source="hideNumbers"
        onChange={(hideNumbers) => changeSettings({ hideNumbers }, { source: 'hideNumbers' })}
      />
      <div>
        <p class="field-label">{i18n.t('options.language')}</p>
        <p class="hint">{i18n.t('options.languageHint')}</p>
      </div>
    </Section>
  );
}
