/**
 * src/data/privacy.ts is what the privacy page, the share panel and the landing page promise. These
 * tests hold it to the real thing: the stores as they write storage, the files that persist
 * anything, the result code as the engine decodes it, and the notices the embed sends.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEVICE_ITEMS, EMBED_NOTICES, LINK_FIELDS } from '@/data/privacy';
import { useLanguageChosen } from '@/app/language-store';
import { analyticsDetail, EMBED_DATA_LAYER_EVENTS, EMBED_DOM_EVENTS } from '@/embed/embed-protocol';
import { decodeResult } from '@/engine/result-code';
import { captureCampaign } from '@/platform/campaign';
import { useQuizActions } from '@/quiz/quiz-store';
import { answerQualityRecorded } from '@/results/answer-quality-store';
import { friendResultOpened, ownResultRecorded } from '@/results/result-store';
import { securityCheckAnswered } from '@/results/security-check-store';
import { QUESTIONS } from '@/data/questions';
import { sampleAnswers, sampleResult } from '../../scripts/lab/lib/sample-result';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every key the browser's storages hold now, with the storage it is in. */
function storedKeys(): { key: string; storage: 'local' | 'session' }[] {
  const keys: { key: string; storage: 'local' | 'session' }[] = [];
  for (let i = 0; i < localStorage.length; i++)
    keys.push({ key: localStorage.key(i) ?? '', storage: 'local' });
  for (let i = 0; i < sessionStorage.length; i++)
    keys.push({ key: sessionStorage.key(i) ?? '', storage: 'session' });
  return keys;
}

/** The field names of a stored value: a persisted store's state, or a query string's names. */
function storedFields(raw: string): string[] {
  if (raw.startsWith('{')) {
    const parsed = JSON.parse(raw) as { state?: Record<string, unknown> };
    return Object.keys(parsed.state ?? {}).sort();
  }
  return [...new URLSearchParams(raw).keys()].sort();
}

describe('what the device keeps', () => {
  it('lists every key the app writes, with the fields the stored value really holds', () => {
    const mine = sampleResult(sampleAnswers((index, count) => index % count));
    const friend = sampleResult(sampleAnswers((index, count) => (index + 1) % count));
    const quiz = renderHook(() => useQuizActions());
    const language = renderHook(() => useLanguageChosen());
    act(() => {
      const first = QUESTIONS[0];
      if (first !== undefined)
        quiz.result.current.answerChosen(first.id, first.options[0]?.id ?? '');
      ownResultRecorded(mine.code);
      friendResultOpened(friend.code);
      answerQualityRecorded(mine.code, ['too-fast']);
      securityCheckAnswered('login', 'passkey');
      language.result.current('en');
      captureCampaign('?utm_source=blog&utm_medium=embed&utm_campaign=winter');
    });
    const stored = storedKeys();
    const listed = DEVICE_ITEMS.map(({ key, storage }) => ({ key, storage }));
    expect(stored).toEqual(expect.arrayContaining(listed));
    expect(listed).toEqual(expect.arrayContaining(stored));
    for (const item of DEVICE_ITEMS) {
      const raw =
        (item.storage === 'local' ? localStorage : sessionStorage).getItem(item.key) ?? '';
      expect({ key: item.key, fields: storedFields(raw) }).toEqual({
        key: item.key,
        fields: [...item.holds].sort(),
      });
    }
  });

  it('is the only place a storage key is written: every file that persists takes its key from the list', () => {
    const persisting = sourceFiles('src').filter((path) => {
      const text = readFileSync(path, 'utf8');
      // The platform's storage plumbing writes under whatever key its caller passes.
      const plumbing = path.endsWith('safe-storage.ts') || path.endsWith('persisted-store.ts');
      return /\bpersist\(|\.setItem\(|\bcreatePersistedStore[<(]/.test(text) && !plumbing;
    });
    expect(persisting.length).toBeGreaterThanOrEqual(DEVICE_ITEMS.length);
    const withoutEntry = persisting.filter(
      (path) => !/storageKeyOf\('[a-z-]+'\)/.test(readFileSync(path, 'utf8')),
    );
    expect(withoutEntry).toEqual([]);
    const keyLiterals = sourceFiles('src')
      .filter((path) => !path.endsWith(join('data', 'privacy-keys.ts')))
      .filter((path) =>
        /localStorage|sessionStorage|\bpersist\(|\.setItem\(|\bcreatePersistedStore[<(]/.test(
          readFileSync(path, 'utf8'),
        ),
      )
      .filter((path) =>
        /'toushi-shinri-test:(?!start|step|complete|cta)[a-z-]+'/.test(readFileSync(path, 'utf8')),
      );
    expect(keyLiterals).toEqual([]);
  });
});

describe('what a shared link carries', () => {
  it('lists every field of the result code the engine decodes, and no field it does not hold', () => {
    const { code } = sampleResult(sampleAnswers((index, count) => (index * 5 + 2) % count));
    const decoded = decodeResult(code);
    if (!decoded.ok) throw new Error(decoded.error.kind);
    const inCode = LINK_FIELDS.filter((field) =>
      (field.where as readonly string[]).includes('code'),
    )
      .map((field) => field.id)
      .filter((id) => id !== 'checksum');
    expect(Object.keys(decoded.value).sort()).toEqual([...inCode].sort());
  });
});

describe('what an embed tells the blog page', () => {
  it('names every notice the embed sends, with the detail it carries besides the instance id', () => {
    expect(Object.keys(EMBED_DOM_EVENTS).sort()).toEqual(EMBED_NOTICES.map((n) => n.id).sort());
    expect(Object.keys(EMBED_DATA_LAYER_EVENTS).sort()).toEqual(
      EMBED_NOTICES.map((n) => n.id).sort(),
    );
    const samples = {
      start: { type: 'start', id: 'embed-1' },
      step: { type: 'step', id: 'embed-1', stepIndex: 3 },
      complete: { type: 'complete', id: 'embed-1', typeId: 'steady-guardian' },
      cta: { type: 'cta', id: 'embed-1', serviceId: 'line' },
    } as const;
    for (const notice of EMBED_NOTICES) {
      const detail = Object.keys(analyticsDetail(samples[notice.id])).filter(
        (key) => key !== 'instanceId',
      );
      expect({ notice: notice.id, detail }).toEqual({
        notice: notice.id,
        detail: [...notice.detail],
      });
    }
  });
});
