// First: it configures zod before any module makes a schema.
import './zodWithoutEval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleRoot } from './app/ConsoleRoot.tsx';
import { startConsole } from './app/startConsole.ts';
import './styles.css';

const container = document.getElementById('root');
if (container === null)
  throw new Error('index.html lacks <div id="root">: the console has nowhere to render');
createRoot(container).render(
  <StrictMode>
    <ConsoleRoot started={startConsole()} />
  </StrictMode>,
);
