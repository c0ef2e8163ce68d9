import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './ide.css';
import { createRoot } from 'react-dom/client';
import { IdeApp } from './IdeApp';

createRoot(document.getElementById('ide')!).render(<IdeApp />);
