import { i18n } from '#i18n';
import { History } from '@/components/history/History';
import { AboutLinks } from '@/components/options/AboutLinks';
import { DataSettings } from '@/components/options/DataSettings';
import { DaySettings } from '@/components/options/DaySettings';
import { LookSettings } from '@/components/options/LookSettings';
import { OwnActsSection } from '@/components/options/OwnActsSection';
import { PracticeSettings } from '@/components/options/PracticeSettings';
import { ReminderSettings } from '@/components/options/ReminderSettings';
import { SetAsideSection } from '@/components/options/SetAsideSection';
import { ShortcutSettings } from '@/components/options/ShortcutSettings';
import { SyncSettings } from '@/components/options/SyncSettings';

export function App() {
  return (
    <main class="options">
      <header>
        <h1>{i18n.t('options.title')}</h1>
        <p class="hint">{i18n.t('options.saved')}</p>
      </header>
      <PracticeSettings />
      <OwnActsSection />
      <SetAsideSection />
      <ReminderSettings />
      <DaySettings />
      <LookSettings />
      <ShortcutSettings />
      <History />
      <SyncSettings />
      <DataSettings />
      <AboutLinks />
    </main>
  );
}
