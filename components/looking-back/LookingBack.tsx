import { computed } from '@preact/signals-core';
import { i18n } from '#i18n';
import { findAct } from '@/utils/content/library';
import { feelingsBy, feelingsLower, type Kind, type Lift, whatHelped } from '@/utils/domain/looking-back';
import { changeSettings } from '@/utils/page/actions';
import { day as currentDay, progress, settings } from '@/utils/storage/store';
import { NotSaved } from '../form';
import { oneDecimal } from '../history/format';
import { FeelingsChart } from './FeelingsChart';

/** The lift below which nothing is said: within the wobble of a 1–5 scale. */
const WORTH_SAYING = 0.5;

const lower = computed(() => feelingsLower(feelingsBy('week', progress.value, currentDay.value)));
const helped = computed(() => whatHelped(progress.value, currentDay.value, findAct));

const KIND_WORDS: Record<`${Kind['toward']}|${Kind['effort']}`, () => string> = {
  'others|tiny': () => i18n.t('lookingBack.kindOthersTiny'),
  'others|small': () => i18n.t('lookingBack.kindOthersSmall'),
  'others|larger': () => i18n.t('lookingBack.kindOthersLarger'),
  'self|tiny': () => i18n.t('lookingBack.kindSelfTiny'),
  'self|small': () => i18n.t('lookingBack.kindSelfSmall'),
  'self|larger': () => i18n.t('lookingBack.kindSelfLarger'),
};

export const kindWords = (kind: Kind): string => KIND_WORDS[`${kind.toward}|${kind.effort}`]();

/** One observation, in the person's words for their own check-ins. */
export const helpedSentence = (lift: Lift): string =>
  i18n.t('lookingBack.helped', [kindWords(lift.kind), oneDecimal(lift.lift), String(lift.checkIns)]);

/**
 * When recent check-ins were lower: support, and smaller acts, offered quietly. No advice, no
 * figures, so it shows with "Hide all numbers" too.
 */
export function LowerNote() {
  if (!lower.value) return null;
  const gentle = settings.value.gentle;
  return (
    <div class="lower-note">
      <p>{i18n.t('lookingBack.lowerNote')}</p>
      <p class="actions">
        <a href="/support.html" target="_blank" rel="noopener">
          {i18n.t('lookingBack.lowerSupport')} <span class="visually-hidden">{i18n.t('opensNewTab')}</span>
        </a>
      </p>
      {gentle ? (
        <p class="hint" role="status">
          {i18n.t('lookingBack.gentleOn')}
        </p>
      ) : (
        <p class="actions">
          <button type="button" onClick={() => changeSettings({ gentle: true }, { source: 'lower-gentle' })}>
            {i18n.t('lookingBack.lowerGentle')}
          </button>
        </p>
      )}
      <NotSaved source="lower-gentle" />
    </div>
  );
}

/** One or two sentences on which kinds of acts came with the largest lift, once there is enough to say. */
export function WhatHelped() {
  if (settings.value.hideNumbers) return null;
  const lifts = helped.value.filter((l) => l.lift >= WORTH_SAYING).slice(0, 2);
  if (lifts.length === 0) return null;
  return (
    <div class="what-helped">
      <h3>{i18n.t('lookingBack.helpedTitle')}</h3>
      <p>{i18n.t('lookingBack.helpedIntro')}</p>
      {lifts.map((l) => (
        <p key={`${l.kind.toward}|${l.kind.effort}`}>{helpedSentence(l)}</p>
      ))}
    </div>
  );
}

/** The history's look back: feelings over time, what seemed to help, and a quiet note when they were lower. */
export function LookingBack() {
  return (
    <div class="looking-back">
      <FeelingsChart id="feelings" />
      <LowerNote />
      <WhatHelped />
    </div>
  );
}
