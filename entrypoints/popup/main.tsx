import { afterFirstPaint } from '@/utils/first-paint/afterFirstPaint';

const start = () => void import('./App').then(({ mountPopup }) => mountPopup(() => Date.now()));
// A repainted snapshot is on screen (entrypoints/popup-paint): let the browser show it before
// Preact and storage load.
if (document.getElementById('app')?.hasChildNodes()) afterFirstPaint(start);
else start();
