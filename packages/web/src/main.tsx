import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromLink } from './api/access-token.js';
import { App } from './app/App.js';
import { I18nProvider } from './i18n/i18n.js';
import './styles.css';

// First of all: move the token out of the address bar (and history) into this origin's storage.
takeTokenFromLink();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
