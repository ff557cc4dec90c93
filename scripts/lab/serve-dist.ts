/**
 * Serves the production build the way a plain static host does (no rewrites, 404.html for missing
 * paths, the headers from dist/_headers), on 127.0.0.1 only.
 *
 *   npx tsx scripts/lab/serve-dist.ts [--port 4173] [--minutes 60]
 *
 * The base path comes from BASE_PATH, as in the build. Ctrl+C stops it; it also stops by itself.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './lib/static-server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4173' },
    minutes: { type: 'string', default: '60' },
  },
});

const port = Number(values.port);
const minutes = Number(values.minutes);
if (!Number.isInteger(port) || port < 0 || port > 65_535)
  throw new Error(`Bad --port: ${values.port}`);
if (!(minutes > 0)) throw new Error(`Bad --minutes: ${values.minutes}`);

const server = await startStaticServer({
  root: fileURLToPath(new URL('../../dist', import.meta.url)),
  basePath: process.env.BASE_PATH ?? '/',
  port,
  maxLifetimeMs: minutes * 60_000,
});
console.log(`Serving dist/ at ${server.url} (stops after ${minutes} min; Ctrl+C to stop now)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
