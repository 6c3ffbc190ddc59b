import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ArticleLink } from '@/components/ArticleLink';
import { Grounding } from '@/components/Grounding';
import { SupportLink } from '@/components/SupportLink';
import type { Prompt } from '@/utils/content/types';
import type { NewTabStyle } from '@/utils/model';
import type { ActAreaProps } from './ActArea';

export function App(props: { prompt: Prompt; style: NewTabStyle; fromReminder: boolean }) {
  const [style, setStyle] = useState(props.style);
  const [ActArea, setActArea] = useState<ComponentType<ActAreaProps> | null>(null);
  useEffect(() => {
    // Loaded after the first paint: it brings storage, the library and the day logic.
    void import('./ActArea').then((m) => setActArea(() => m.ActArea));
  }, []);
  return (
    <main class="newtab" data-style={style}>
      <Grounding prompt={props.prompt} />
      {style === 'full' && (
        // The slot keeps its height while storage is read, so nothing below it moves.
        <div class="act-slot">{ActArea && <ActArea fromReminder={props.fromReminder} onStyle={setStyle} />}</div>
      )}
      {style !== 'full' && ActArea && <ActArea fromReminder={false} onStyle={setStyle} hidden />}
      <footer class="newtab-footer">
        {style !== 'breath' && <ArticleLink />}
        <SupportLink />
      </footer>
    </main>
  );
}
