import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ContentNote, Focus } from '@/utils/content/types';
import type { Path } from '@/utils/domain/model';
import { changeSettings } from '@/utils/page/actions';
import { settings } from '@/utils/storage/store';
import { type Choice, RadioGroup, SaveError, Section, Toggle } from '../form';

const pathChoices = (): Choice<Path>[] => [
  { value: 'reset', label: i18n.t('options.pathReset'), hint: i18n.t('options.pathResetHint') },
  { value: 'gentle', label: i18n.t('options.pathGentle'), hint: i18n.t('options.pathGentleHint') },
  { value: 'daily', label: i18n.t('options.pathDaily'), hint: i18n.t('options.pathDailyHint') },
];

const focusChoices = (): Choice<Focus>[] => [
  { value: 'everyone', label: i18n.t('options.focusEveryone') },
  { value: 'parents', label: i18n.t('options.focusParents') },
  { value: 'veterans', label: i18n.t('options.focusVeterans') },
  { value: 'trauma', label: i18n.t('options.focusTrauma') },
  { value: 'teens', label: i18n.t('options.focusTeens') },
];

const noteChoices = (): Choice<ContentNote>[] => [
  { value: 'grief', label: i18n.t('options.noteGrief') },
  { value: 'family', label: i18n.t('options.noteFamily') },
  { value: 'trauma', label: i18n.t('options.noteTrauma') },
  { value: 'conflict', label: i18n.t('options.noteConflict') },
];

/** The path, chosen here and on the welcome page; choosing a program starts it today. */
export function PathChoice() {
  return (
    <RadioGroup
      name="path"
      legend={i18n.t('options.path')}
      value={settings.value.path}
      choices={pathChoices()}
      onChange={(path) => changeSettings({ path }, { restart: path !== 'daily', source: 'path' })}
    />
  );
}

export function FocusChoice() {
  return (
    <RadioGroup
      name="focus"
      legend={i18n.t('options.focus')}
      value={settings.value.focus}
      choices={focusChoices()}
      onChange={(focus) => changeSettings({ focus }, { source: 'focus' })}
    />
  );
}

/** Path, focus, gentleness and content notes: everything that shapes which act a day offers. */
export function PracticeSettings() {
  const s = settings.value;
  const [restarted, setRestarted] = useState<{ why: string | null } | null>(null);
  const toggleNote = (note: ContentNote, avoid: boolean) =>
    changeSettings(
      { avoidNotes: avoid ? [...s.avoidNotes, note] : s.avoidNotes.filter((n) => n !== note) },
      { source: `note-${note}` },
    );
  return (
    <Section id="practice" title={i18n.t('options.practice')}>
      <PathChoice />
      {s.path !== 'daily' && (
        <div>
          <button
            type="button"
            onClick={async () => setRestarted({ why: await changeSettings({}, { restart: true }) })}
          >
            {i18n.t('options.restart')}
          </button>
          {restarted?.why === null && (
            <p class="hint" role="status">
              {i18n.t('options.restarted')}
            </p>
          )}
          <SaveError why={restarted?.why} />
        </div>
      )}
      <FocusChoice />
      <p class="hint">{i18n.t('options.focusHint')}</p>
      <Toggle
        label={i18n.t('options.gentle')}
        checked={s.gentle}
        source="gentle"
        onChange={(gentle) => changeSettings({ gentle }, { source: 'gentle' })}
      />
      <fieldset class="field">
        <legend>{i18n.t('options.notes')}</legend>
        {noteChoices().map((c) => (
          <Toggle
            key={c.value}
            label={c.label}
            checked={s.avoidNotes.includes(c.value)}
            source={`note-${c.value}`}
            onChange={(avoid) => toggleNote(c.value, avoid)}
          />
        ))}
      </fieldset>
    </Section>
  );
}
