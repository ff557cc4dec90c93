// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '@/data/site';

const PLUGIN_DIR = 'wordpress/toushi-shinri-test-embed';
const plugin = readFileSync(`${PLUGIN_DIR}/toushi-shinri-test-embed.php`, 'utf8');
const readme = readFileSync(`${PLUGIN_DIR}/readme.txt`, 'utf8');

describe('the WordPress plugin', () => {
  it("trusts exactly the test's own address, as the site configuration names it", () => {
    const root = /const TOUSHI_SHINRI_TEST_ROOT = '([^']+)';/.exec(plugin)?.[1];
    expect(root).toBe(`${SITE.origin}/`);
  });

  it('carries the header WordPress reads, with the same version as its readme', () => {
    const version = /^ \* Version:\s+(\S+)$/m.exec(plugin)?.[1];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readme).toContain(`Stable tag: ${version ?? ''}`);
    expect(plugin).toMatch(/^ \* Plugin Name:\s+\S/m);
  });
});
