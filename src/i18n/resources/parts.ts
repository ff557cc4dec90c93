/**
 * A language's texts come in two downloads: what the landing page and the quiz show (start), and
 * what only the pages whose route says `texts: 'later'` show (later; src/app/routes.ts names them).
 * Together they make the whole `Resources`.
 */
import type { Resources } from './ja/index';

// A type, not an interface: i18next takes it as a plain record of namespaces.
export type StartTexts = {
  readonly common: Resources['common'];
  readonly quiz: Resources['quiz'];
  readonly model: Pick<Resources['model'], 'questions'>;
};

export type LaterTexts = {
  readonly results: Resources['results'];
  readonly embed: Resources['embed'];
  readonly privacy: Resources['privacy'];
  readonly model: Omit<Resources['model'], 'questions'>;
};
