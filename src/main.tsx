/*
 * The page's one script: it starts the app at once. A pre-rendered page is already readable and
 * its links already work; until React has hydrated it, a tap on a button simply does nothing.
 */
import { startApp } from './app-start';
import '@/ui/global.css';
import 'virtual:type-accents.css';

const rootElement = document.getElementById('root');
if (rootElement !== null) {
  startApp(rootElement).catch((error: unknown) => {
    // The pre-rendered page stays readable and its links keep working.
    console.error('The app could not start:', error);
  });
}
