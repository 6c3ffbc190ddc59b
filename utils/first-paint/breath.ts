import type { BreathPace } from '@/utils/content/types';

/**
 * Paces a breath with a slowly growing circle, only when motion is welcome: without it the circle
 * rests at the size its stylesheet gives (breath.css). Used by the new tab's first paint and by the
 * popup's moment, so both breathe alike. Returns the running animation, for a page to stop.
 */
export function animateBreath(circle: Element, pace: BreathPace): Animation | null {
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return null;
  const total = pace.inhale + pace.hold + pace.exhale;
  const small = { transform: 'scale(0.55)' };
  const large = { transform: 'scale(1)' };
  return circle.animate(
    [
      { ...small, offset: 0 },
      { ...large, offset: pace.inhale / total },
      { ...large, offset: (pace.inhale + pace.hold) / total },
      { ...small, offset: 1 },
    ],
    { duration: total * 1000, iterations: Number.POSITIVE_INFINITY, easing: 'ease-in-out' },
  );
}
