import { i18n } from '#i18n';
import { LINKS } from '@/utils/content/links';
import { promptText } from '@/utils/content/text';
import type { BreathPace, Prompt } from '@/utils/content/types';
import type { NewTabStyle } from '@/utils/domain/model';
import { animateBreath } from './breath';

/*
 * The new tab's first paint, built with the DOM alone by a classic script that
 * runs before the first frame (entrypoints/newtab-paint): waiting for Preact and
 * a module graph put the prompt on screen far later than a static page (the
 * README's Performance section has figures). Preact later fills only the act slot,
 * so nothing painted here is ever replaced.
 */

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Paces a breath with a slowly growing circle, only when motion is welcome. */
function breathCircle(pace: BreathPace): HTMLElement {
  const circle = el('div', { class: 'breath-circle', 'aria-hidden': 'true' });
  animateBreath(circle, pace);
  return circle;
}

/** Builds the page into `root` and returns the element whose `data-style` picks what shows, and the act's slot. */
export function paintShell(root: HTMLElement, prompt: Prompt, style: NewTabStyle) {
  const grounding = el(
    'section',
    { class: 'grounding', 'aria-labelledby': 'prompt-text' },
    el('p', { class: 'eyebrow' }, i18n.t('groundingLabel')),
    ...(prompt.pace ? [breathCircle(prompt.pace)] : []),
    el(
      'h1',
      { id: 'prompt-text', class: 'prompt-text', 'data-prompt-id': prompt.id, 'data-kind': prompt.kind },
      promptText(prompt.id),
    ),
  );
  // The slot keeps its height while storage is read, so nothing below it moves.
  const slot = el('div', { class: 'act-slot' });
  const footer = el(
    'footer',
    { class: 'newtab-footer' },
    el(
      'a',
      { class: 'article-link', href: LINKS.article, target: '_blank', rel: 'noopener noreferrer' },
      i18n.t('readArticle'),
      el('span', { class: 'visually-hidden' }, ` ${i18n.t('opensNewTab')}`),
    ),
    el(
      'a',
      { class: 'support-link', href: '/support.html', target: '_blank', rel: 'noopener' },
      i18n.t('support.link'),
    ),
  );
  const main = el('main', { class: 'newtab', 'data-style': style }, grounding, slot, footer);
  root.append(main);
  return { main, slot };
}
