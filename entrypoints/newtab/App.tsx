import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { Grounding } from '@/components/Grounding';
import type { Prompt } from '@/utils/content/types';
import { loaded } from '@/utils/store';

export function App({ prompt }: { prompt: Prompt }) {
  return (
    <main class="newtab">
      <Grounding prompt={prompt} />
      {/* The slot keeps its height while storage is read, so nothing below it moves. */}
      <div class="act-slot">{loaded.value && <ActCard headingLevel={2} />}</div>
      <footer class="newtab-footer">
        <ArticleLink />
      </footer>
    </main>
  );
}
