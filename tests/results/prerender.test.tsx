import { act, screen, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modelText as ja } from '@/data/text/ja';
import { createI18n } from '@/i18n/i18n';
import { resources } from '@/i18n/resources/ja/index';
import { ResultPage } from '@/results/result-page';
import { ownResultRecorded } from '@/results/result-store';
import { codeOf } from './fixtures';

const own = codeOf('chart-strategist');

function page(): ReactElement {
  return (
    <I18nextProvider i18n={createI18n('ja', resources)}>
      <BrowserRouter>
        <ResultPage typeIdFromPath="chart-strategist" onRetake={() => {}} onStartQuiz={() => {}} />
      </BrowserRouter>
    </I18nextProvider>
  );
}

/** What the build writes for /r/chart-strategist/: rendered with no code, as a server sees the URL. */
function prerender(): string {
  window.history.replaceState(null, '', '/r/chart-strategist/');
  return renderToString(page());
}

let root: Root | undefined;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

describe('the pre-rendered result page', () => {
  it('holds the type’s name, catchphrase, description and advice in Japanese', () => {
    container.innerHTML = prerender();
    const text = ja.types['chart-strategist'];
    expect(
      within(container).getByRole('heading', { level: 1, name: text.name }),
    ).toBeInTheDocument();
    expect(within(container).getByText(text.catchphrase)).toBeInTheDocument();
    expect(within(container).getByText(text.description)).toBeInTheDocument();
    expect(within(container).getByText(text.advice[0])).toBeInTheDocument();
  });

  it('shows the emblem, the type’s own traits and the call to take the test, without any personal part or inline style', () => {
    const html = prerender();
    container.innerHTML = html;
    expect(container.querySelector('svg.type-emblem')).not.toBeNull();
    const traits = within(container).getByRole('heading', { name: 'このタイプに多い傾向' });
    expect(
      within(traits.parentElement ?? container)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['短期売買', 'リスクをとる', '分析・ルール重視']);
    expect(within(container).getByRole('button', { name: '診断をはじめる' })).toBeInTheDocument();
    expect(within(container).queryAllByRole('meter')).toHaveLength(0);
    expect(within(container).queryByRole('region', { name: '口座を守る習慣' })).toBeNull();
    expect(within(container).queryByRole('alert')).not.toBeInTheDocument();
    // The CSP allows no style attributes, and nothing in it may depend on the reader.
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('hydrates without a mismatch, then fills in the reader’s scores from the fragment', async () => {
    const onRecoverableError = vi.fn();
    act(() => ownResultRecorded(own));
    container.innerHTML = prerender();
    window.history.replaceState(null, '', `/r/chart-strategist/#${own}`);
    await act(async () => {
      root = hydrateRoot(container, page(), { onRecoverableError });
      await Promise.resolve();
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(screen.getAllByRole('meter')).toHaveLength(6);
    expect(screen.getByText('あなたの診断結果')).toBeInTheDocument();
  });
});

describe('the chart’s code', () => {
  it('is reached only through a dynamic import, so recharts stays out of the page’s first chunk', () => {
    const dir = resolve(process.cwd(), 'src/results');
    const importers = readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) => /from ['"]recharts['"]/.test(readFileSync(resolve(dir, file), 'utf8')));
    expect(importers).toEqual(['radar-chart.tsx']);
    for (const file of readdirSync(dir).filter((name) => /\.tsx?$/.test(name))) {
      const source = readFileSync(resolve(dir, file), 'utf8');
      expect(source).not.toMatch(/from ['"]\.\/radar-chart['"]/);
    }
  });
});
