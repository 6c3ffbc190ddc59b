import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { Prompt } from '@/utils/content/types';
import { promptText } from '@/utils/text';
import './Grounding.css';

/** Paces a breath with a slowly growing circle, only when motion is welcome. */
function BreathCircle({ pace }: { pace: NonNullable<Prompt['pace']> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    const total = pace.inhale + pace.hold + pace.exhale;
    const small = { transform: 'scale(0.55)' };
    const large = { transform: 'scale(1)' };
    const animation = el.animate(
      [
        { ...small, offset: 0 },
        { ...large, offset: pace.inhale / total },
        { ...large, offset: (pace.inhale + pace.hold) / total },
        { ...small, offset: 1 },
      ],
      { duration: total * 1000, iterations: Number.POSITIVE_INFINITY, easing: 'ease-in-out' },
    );
    return () => animation.cancel();
  }, [pace]);
  return <div ref={ref} class="breath-circle" aria-hidden="true" />;
}

export function Grounding({ prompt }: { prompt: Prompt }) {
  return (
    <section class="grounding" aria-labelledby="prompt-text">
      <p class="eyebrow">{i18n.t('groundingLabel')}</p>
      {prompt.pace && <BreathCircle pace={prompt.pace} />}
      <h1 id="prompt-text" class="prompt-text" data-prompt-id={prompt.id} data-kind={prompt.kind}>
        {promptText(prompt.id)}
      </h1>
    </section>
  );
}
