import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createBrowserLibrary } from '../app/browser-library';
import { preloadCharts } from './table/DecisionsView';
import { warmFirstFrame } from './shared/warm-first-frame';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// One library for the page's lifetime: it owns the store connection and the worker pool.
const library = createBrowserLibrary();

createRoot(container).render(
  <StrictMode>
    <App library={library} />
  </StrictMode>,
);
preloadCharts();
warmFirstFrame();
