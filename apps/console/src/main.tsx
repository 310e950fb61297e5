import './lib/zod-jitless.ts';
import '@cos/ui/uswds.scss';
import '@cos/ui/styles.css';
import './components/layouts/console.css';
import { initialLanguage } from '@cos/ui';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/provider.tsx';
import { AppRouter } from './app/router.tsx';
import { loadSpanish } from './lib/i18n.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html must contain <div id="root">');

// Staff reading Spanish get the Spanish strings before the first render; English is bundled.
const spanish = initialLanguage() === 'es' ? await loadSpanish() : undefined;

createRoot(container).render(
  <StrictMode>
    <AppProvider spanish={spanish}>
      <AppRouter />
    </AppProvider>
  </StrictMode>,
);
