/*
 * What "the same idea" means for the content lint and `npm run content:stats`: two English
 * titles whose content words mostly overlap. Content words are lower case, without the
 * words every act shares (stop words, the voice's own "kind", "small", "gently") and
 * without a plural or -ing ending, so "songs" is "song" and "thinking" is "think".
 */
const STOP = new Set(
  `a an the and or but if of to in on at for with by from as into about than then so just only very too even
  this that these those it its is are be been being was were am do does did done
  you your yours yourself i me my we our they them their he she his her
  someone somebody something anyone anything everyone one ones some any all each every
  way thing things today tonight now right could might may can will would let like feel feels
  when whenever while what who whom whose which where how there here no not don't it's you're
  you'd you've i'm that's s t d ll ve re just simply because nothing everything good safe okay ready person online nearby
  make get give go try take put
  kind kindly gentle gently small little tiny quiet quietly short simple soft softly bit moment minute minutes
  next time once again more most much many few`
    .split(/\s+/)
    .filter(Boolean),
);

const stem = (w: string) => w.replace(/(ing|s)$/, '').replace(/'$/, '');

/** The content words of a title, as a set. */
export function titleWords(title: string): Set<string> {
  const words = title
    .toLowerCase()
    .replace(/[^a-z' -]+/g, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w && !STOP.has(w));
  return new Set(words.map((w) => (w.length > 4 ? stem(w) : w)));
}

/** |A∩B| / min(|A|,|B|): 1 when the shorter title's words all appear in the longer one. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  const smaller = Math.min(a.size, b.size);
  return smaller === 0 ? 0 : shared / smaller;
}

/**
 * The same idea, told twice: more than half the words of the shorter title, and at least two
 * of them (one shared word, like "thank" or "water", is a theme, not an idea).
 */
export function sameIdea(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared >= 2 && overlap(a, b) > 0.5;
}
