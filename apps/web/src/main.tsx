// The web app's entry: the stylesheet, the session and the router around the page frame.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SessionProvider } from './api/session.js';
import { App } from './app.js';
import { LocationProvider } from './router.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LocationProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </LocationProvider>
  </StrictMode>,
);
