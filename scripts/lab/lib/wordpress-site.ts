/**
 * A real WordPress for the embed tests: Debian's `wordpress` package served by its own Apache (with
 * mod_php) on 127.0.0.1 and its own MariaDB on a socket, both in a fresh temporary folder, installed
 * without a browser (tests/browser/support/wordpress/install.php). `bash scripts/lab/ensure-wordpress.sh`
 * installs the packages. Every process stops on `close()`, after `maxLifetimeMs`, and when Node exits.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

export type WordPressRole = 'administrator' | 'editor' | 'author';

export interface SavedPost {
  readonly id: number;
  readonly url: string;
  /** The content as WordPress stored it, after the role's filters. */
  readonly storedContent: string;
}

export interface WordPressSite {
  /** 'http://127.0.0.1:PORT/' */
  readonly url: string;
  /** 'http://127.0.0.1:PORT' */
  readonly origin: string;
  /** Saves and publishes a post as that role, the way the editor saves it (the role's kses filters run). */
  savePost(role: WordPressRole, post: { title: string; content: string }): Promise<SavedPost>;
  /** Copies a plugin folder into wp-content/plugins and activates it. */
  activatePlugin(pluginDir: string): Promise<void>;
  deactivatePlugin(folder: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * An address pasted on a line of its own, as the block editor saves it: an embed block whose
 * wrapper holds the address, for WordPress to embed when it renders the post. The editor adds
 * fixed-ratio classes only for a frame near one of its ratios, which the test's frame is not
 * (tests/build/oembed.test.ts).
 */
export function blockEditorEmbed(url: string): string {
  return [
    `<!-- wp:embed ${JSON.stringify({ url, type: 'rich', responsive: true })} -->`,
    '<figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">',
    url,
    '</div></figure>',
    '<!-- /wp:embed -->',
  ].join('\n');
}

export interface WordPressOptions {
  /**
   * WordPress's own requests to `from` are answered from `to` (the test's site is public https in
   * production and served on 127.0.0.1 here): tests/browser/support/wordpress/mu-plugins.
   */
  readonly mapOrigin?: { readonly from: string; readonly to: string };
  readonly maxLifetimeMs?: number;
}

const HELPERS = resolve('tests/browser/support/wordpress');
const WORDPRESS = '/usr/share/wordpress';

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-15).join('\n') : '';
}

async function waitFor(what: string, ready: () => boolean | Promise<boolean>, log: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (await ready()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`wordpress: ${what} did not start within 60 s:\n${tail(log)}`);
}

function run(command: string, args: readonly string[], input?: string, env = process.env): string {
  const result = spawnSync(command, args, { input, env, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(
      `wordpress: ${command} ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`,
    );
  return result.stdout;
}

function phpModule(): string {
  const dir = '/usr/lib/apache2/modules';
  const module = readdirSync(dir).find((file) => /^libphp[\d.]*\.so$/.test(file));
  if (module === undefined)
    throw new Error('wordpress: no mod_php: run scripts/lab/ensure-wordpress.sh');
  return join(dir, module);
}

function apacheConfig(root: string, port: number, content: string, configName: string): string {
  const modules = '/usr/lib/apache2/modules';
  return `ServerRoot "/etc/apache2"
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${root}/apache.pid
Mutex file:${root}
User www-data
Group www-data
ErrorLog ${root}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${modules}/mod_mpm_prefork.so
LoadModule authz_core_module ${modules}/mod_authz_core.so
LoadModule dir_module ${modules}/mod_dir.so
LoadModule mime_module ${modules}/mod_mime.so
LoadModule env_module ${modules}/mod_env.so
LoadModule alias_module ${modules}/mod_alias.so
LoadModule php_module ${phpModule()}
StartServers 2
MinSpareServers 1
MaxSpareServers 4
MaxRequestWorkers 12
TypesConfig /etc/mime.types
DirectoryIndex index.php index.html
DocumentRoot ${WORDPRESS}
Alias /wp-content ${content}
<Directory />
  Require all denied
</Directory>
<Directory ${WORDPRESS}>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory ${content}>
  Options FollowSymLinks
  Require all granted
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
SetEnv WORDPRESS_CONFIG ${configName}
`;
}

/** Starts MariaDB and Apache, installs WordPress with an Editor and an Author, and returns the site. */
export async function startWordPress(options: WordPressOptions = {}): Promise<WordPressSite> {
  const root = mkdtempSync(join(tmpdir(), 'tst-wordpress-'));
  chmodSync(root, 0o755);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const configName = basename(root).replace(/[^a-zA-Z0-9-]/g, '-');
  const configFile = `/etc/wordpress/config-${configName}.php`;
  const content = join(root, 'wp-content');
  for (const dir of ['plugins', 'mu-plugins', 'uploads'])
    mkdirSync(join(content, dir), { recursive: true });
  chmodSync(join(content, 'uploads'), 0o777);
  symlinkSync(join(WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
  cpSync(join(HELPERS, 'mu-plugins'), join(content, 'mu-plugins'), { recursive: true });
  const processes: ChildProcess[] = [];

  let closed = false;
  const stopAll = (): void => {
    for (const child of processes) if (child.exitCode === null) child.kill('SIGTERM');
  };
  const onExit = (): void => stopAll();
  process.once('exit', onExit);
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    process.removeListener('exit', onExit);
    stopAll();
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) done();
            else child.once('exit', () => done());
          }),
      ),
    );
    rmSync(configFile, { force: true });
    rmSync(root, { recursive: true, force: true });
  };
  setTimeout(() => void close(), options.maxLifetimeMs ?? 10 * 60_000).unref();

  try {
    // MariaDB on a socket only: nothing listens on a port.
    const dataDir = join(root, 'db');
    const socket = join(root, 'mysql.sock');
    const dbLog = join(root, 'mariadb.log');
    run('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ]);
    processes.push(
      spawn(
        'mariadbd',
        [
          '--no-defaults',
          '--user=root',
          `--datadir=${dataDir}`,
          `--socket=${socket}`,
          '--skip-networking',
          `--pid-file=${join(root, 'mariadb.pid')}`,
          `--log-error=${dbLog}`,
        ],
        { stdio: 'ignore', detached: true },
      ),
    );
    await waitFor('MariaDB', () => existsSync(socket), dbLog);
    run('mariadb', [
      '--no-defaults',
      `--socket=${socket}`,
      '-uroot',
      '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';",
    ]);

    const constants: Record<string, string | boolean> = {
      DB_NAME: 'wordpress',
      DB_USER: 'wordpress',
      DB_PASSWORD: 'wordpress',
      DB_HOST: `localhost:${socket}`,
      WP_HOME: origin,
      WP_SITEURL: origin,
      WP_CONTENT_DIR: content,
      WP_CONTENT_URL: `${origin}/wp-content`,
      // A test site reaches nothing but itself: no update checks, no cron requests.
      WP_HTTP_BLOCK_EXTERNAL: true,
      DISABLE_WP_CRON: true,
      AUTOMATIC_UPDATER_DISABLED: true,
      ...(options.mapOrigin === undefined
        ? {}
        : {
            TEST_ORIGIN_MAP_FROM: options.mapOrigin.from,
            TEST_ORIGIN_MAP_TO: options.mapOrigin.to,
          }),
    };
    writeFileSync(
      configFile,
      `<?php\n${Object.entries(constants)
        .map(([name, value]) => `define(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
        .join('\n')}\n`,
    );

    const apacheLog = join(root, 'apache-error.log');
    writeFileSync(join(root, 'httpd.conf'), apacheConfig(root, port, content, configName));
    processes.push(
      spawn('apache2', ['-f', join(root, 'httpd.conf'), '-DFOREGROUND'], {
        stdio: 'ignore',
        // Apache stops by signalling its whole process group: it must not be ours.
        detached: true,
        env: { ...process.env, APACHE_RUN_DIR: root, APACHE_LOCK_DIR: root, APACHE_LOG_DIR: root },
      }),
    );
    const env = {
      ...process.env,
      WORDPRESS_CONFIG: configName,
      WORDPRESS_HOST: `127.0.0.1:${port}`,
    };
    const php = (script: string, args: readonly string[] = [], input?: string): string =>
      run('php', [join(HELPERS, script), ...args], input, env);
    php('install.php');
    await waitFor(
      'Apache',
      async () => {
        try {
          return (await fetch(origin)).ok;
        } catch {
          return false;
        }
      },
      apacheLog,
    );

    return {
      url: `${origin}/`,
      origin,
      savePost: async (role, post) =>
        JSON.parse(php('save-post.php', [], JSON.stringify({ login: role, ...post }))) as SavedPost,
      activatePlugin: async (pluginDir) => {
        const folder = basename(pluginDir);
        cpSync(pluginDir, join(content, 'plugins', folder), { recursive: true });
        php('plugin.php', ['activate', folder]);
      },
      deactivatePlugin: async (folder) => {
        php('plugin.php', ['deactivate', folder]);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
