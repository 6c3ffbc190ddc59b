import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { promptText } from '@/utils/content/text';
import type { Prompt } from '@/utils/content/types';
import { animateBreath } from '@/utils/first-paint/breath';
import { takePrompt } from '@/utils/first-paint/prompt';
import { now, settings, today } from '@/utils/storage/store';

/*
 * The new tab's grounding moment, offered in the popup too: only one extension can own the new
 * tab, so someone who keeps another one meets it here. Open or closed is this mounted view's own
 * state, so a popup drawn off screen for its snapshot (keepSnapshot) always shows it closed.
 */

/** Whether the moment shows, with the prompt it shows, and the way in and out. */
export function useMoment() {
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  // The popup's height when the moment opened: a browser sizes its popup to the page, and the
  // moment is shorter than the day, so the popup keeps its size instead of jumping.
  const [height, setHeight] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  // The opener is drawn again once the moment has gone: focus goes back to it there, before paint.
  useLayoutEffect(() => {
    if (prompt || !closing.current) return;
    closing.current = false;
    opener.current?.focus();
  }, [prompt]);
  return {
    prompt,
    opener,
    /** For the page around the moment, while it shows. */
    style: prompt && height ? { minHeight: `${height}px` } : undefined,
    open: () => {
      setHeight(opener.current?.closest('main')?.offsetHeight ?? null);
      // Taken on the click, never while drawing: taking a prompt moves the rotation on.
      setPrompt(takePrompt(settings.value.newTabStyle, today.value.actId, String(now.value)));
    },
    close: () => {
      closing.current = true;
      setPrompt(null);
    },
  };
}

/** The quiet way into the moment, for the popup's footer. */
export function MomentOpener({ moment }: { moment: ReturnType<typeof useMoment> }) {
  if (moment.prompt) return null;
  return (
    <button type="button" class="moment-open" ref={moment.opener} onClick={moment.open}>
      {i18n.t('moment.open')}
    </button>
  );
}

/** A circle that grows and settles at the prompt's pace (still for anyone who prefers less motion). */
function BreathCircle({ pace }: { pace: NonNullable<Prompt['pace']> }) {
  const circle = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const breathing = circle.current ? animateBreath(circle.current, pace) : null;
    return () => breathing?.cancel();
  }, [pace]);
  return <div class="breath-circle" aria-hidden="true" ref={circle} />;
}

/** The moment itself, in place of the day: the label, the breath's pace if it has one, the prompt, the way back. */
export function Moment({ moment }: { moment: ReturnType<typeof useMoment> }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint, so a screen reader starts at the prompt and a key pressed at once lands here.
  useLayoutEffect(() => heading.current?.focus(), []);
  const { prompt } = moment;
  if (!prompt) return null;
  return (
    <section class="moment" aria-labelledby="moment-text">
      <p class="eyebrow">{i18n.t('groundingLabel')}</p>
      {prompt.pace && <BreathCircle pace={prompt.pace} />}
      <h1
        id="moment-text"
        class="moment-text"
        tabIndex={-1}
        ref={heading}
        data-prompt-id={prompt.id}
        data-kind={prompt.kind}
      >
        {promptText(prompt.id)}
      </h1>
      <button type="button" onClick={moment.close}>
        {i18n.t('moment.back')}
      </button>
    </section>
  );
}
