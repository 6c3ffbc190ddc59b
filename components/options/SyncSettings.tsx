import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { uiLanguage } from '@/utils/content/text';
import { changeSettings, flushSettings } from '@/utils/page/actions';
import { settings } from '@/utils/storage/store';
import { forgetSyncedNotes, type SyncProblem, type SyncStatus, syncStatusItem } from '@/utils/storage/sync';
import { Section, Toggle } from '../form';

const PROBLEM_TEXT: Record<SyncProblem, () => string> = {
  quota: () => i18n.t('sync.full'),
  rate: () => i18n.t('sync.busy'),
  other: () => i18n.t('sync.away'),
};

const monthName = (month: string) =>
  new Intl.DateTimeFormat(uiLanguage(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** What the browser's sync last said, kept current while the page is open. */
function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    void syncStatusItem.getValue().then(setStatus);
    return syncStatusItem.watch((value) => setStatus(value));
  }, []);
  return status;
}

/**
 * Turned off here: once the choice is stored, the notes in sync leave it (each computer keeps its
 * own). Returns why they could not leave, for a note beside the choice, or null.
 */
async function setSyncNotes(syncNotes: boolean): Promise<string | null> {
  void changeSettings({ syncNotes }, { source: 'syncNotes' });
  if (syncNotes || (await flushSettings()) !== null) return null;
  return forgetSyncedNotes().then(
    () => null,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

/** What travels between the person's computers, what stays, and how the last attempt went. */
export function SyncSettings() {
  const status = useSyncStatus();
  const [notForgotten, setNotForgotten] = useState<string | null>(null);
  const problem = status?.problem;
  const months = status?.leftOut.filter((m) => m !== 'lists') ?? [];
  const oldest = months.at(-1);
  return (
    <Section id="sync" title={i18n.t('sync.title')}>
      <p>{i18n.t('sync.what')}</p>
      <Toggle
        label={i18n.t('sync.notes')}
        hint={settings.value.syncNotes ? i18n.t('sync.notesOn') : i18n.t('sync.notesOff')}
        checked={settings.value.syncNotes}
        onChange={(on) => void setSyncNotes(on).then(setNotForgotten)}
        source="syncNotes"
      />
      {notForgotten && (
        <p class="save-error" role="alert">
          {i18n.t('sync.notForgotten', [notForgotten])}
        </p>
      )}
      {problem && (
        <p class="note sync-problem" role="status">
          {PROBLEM_TEXT[problem]()}
        </p>
      )}
      {status?.leftOut.includes('lists') && (
        <p class="hint" role="status">
          {i18n.t('sync.listsLeftOut')}
        </p>
      )}
      {oldest && (
        <p class="hint" role="status">
          {i18n.t('sync.leftOut', [monthName(oldest)])}
        </p>
      )}
    </Section>
  );
}
