import type { SnapshotView } from '@/utils/first-paint/keepSnapshot';
import { ActCard } from './ActCard';
import { PopupView } from './PopupView';

/** The act card as the new tab shows it in its full style. */
export const NewTabCard = () => <ActCard headingLevel={2} />;

/**
 * What the popup and the new tab paint first, kept by whichever of them is open: a change made in
 * the popup is then already drawn for the next new tab, and the other way round.
 */
export const SNAPSHOT_VIEWS: SnapshotView[] = [
  { page: 'popup', View: PopupView },
  { page: 'newtab', View: NewTabCard },
];
