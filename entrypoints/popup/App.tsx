import { ActCard } from '@/components/ActCard';
import { ArticleLink } from '@/components/ArticleLink';
import { WeekView } from '@/components/WeekView';

export function App() {
  return (
    <main class="popup">
      <ActCard />
      <WeekView />
      <footer class="popup-footer">
        <ArticleLink />
      </footer>
    </main>
  );
}
