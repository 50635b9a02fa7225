import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root" to mount the app in');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
