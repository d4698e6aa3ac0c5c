import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import '@werkbrug/ui/styles.css';
import './app/portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { createApolloClient } from './app/apolloClient.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App client={createApolloClient()} />
  </StrictMode>,
);
