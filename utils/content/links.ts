/** Addresses the product links to; none is ever fetched unless the person follows it. */
export const LINKS = {
  article: 'https://www.palomasserenity.com/serenity-blog/acts-of-kindness-a-simple-path-to-stronger-mental-health',
  consultation: 'https://www.palomasserenitycounseling.com',
  helplines: 'https://findahelpline.com',
  call988: 'tel:988',
  text988: 'sms:988',
} as const;

/** The query a page opened from a reminder carries, so it can offer the pause. */
export const FROM_REMINDER = 'from=reminder';
