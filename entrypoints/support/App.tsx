import { SupportPanel } from '@/components/SupportPanel';

export function App() {
  return (
    <main class="page">
      <SupportPanel />
    </main>
  );
}
