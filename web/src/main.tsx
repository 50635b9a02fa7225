import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { surveyTokenOf } from './features/survey/survey-link';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no element with id "root" to mount the app in');

// A personal survey link opens the respondent's form alone; read once, so the token stays in memory
// even when the fragment changes later.
const surveyToken = surveyTokenOf(window.location.hash);

// Each shell is its own chunk: a respondent's phone loads the form, not the explorer and its map library.
const shell: Promise<ReactNode> = surveyToken
  ? import('./app/respondent-app').then(({ RespondentApp }) => <RespondentApp token={surveyToken} />)
  : import('./app/app').then(({ App }) => <App />);

void shell.then((element) => createRoot(root).render(<StrictMode>{element}</StrictMode>));
