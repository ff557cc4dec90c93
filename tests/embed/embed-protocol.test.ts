import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMBED_HEIGHT_MAX,
  EMBED_STEP_INDEX_MAX,
  embedFrameQuery,
  parseEmbedAttributes,
  parseEmbedMessage,
  parseEmbedMode,
  parseHttpOrigin,
  toWireMessage,
  type EmbedMessage,
} from '@/embed/embed-protocol';
import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { SERVICE_IDS } from '@/data/site';
import { parseCampaign } from '@/platform/campaign';

const FUZZ = { numRuns: 10_000, seed: 20261125 } as const;
/** 10,000 runs take a second or two, several times that on a busy machine. */
const FUZZ_TIMEOUT_MS = 60_000;

const validMessage: fc.Arbitrary<EmbedMessage> = fc.oneof(
  fc.record({
    type: fc.constant('resize' as const),
    id: fc.stringMatching(/^[a-z0-9-]{1,32}$/),
    height: fc.integer({ min: 1, max: EMBED_HEIGHT_MAX }),
  }),
  fc.record({ type: fc.constant('start' as const), id: fc.stringMatching(/^[a-z0-9-]{1,32}$/) }),
  fc.record({
    type: fc.constant('step' as const),
    id: fc.stringMatching(/^[a-z0-9-]{1,32}$/),
    stepIndex: fc.integer({ min: 0, max: EMBED_STEP_INDEX_MAX }),
  }),
  fc.record({
    type: fc.constant('complete' as const),
    id: fc.stringMatching(/^[a-z0-9-]{1,32}$/),
    typeId: fc.constantFrom(...INVESTOR_TYPE_IDS),
  }),
  fc.record({
    type: fc.constant('cta' as const),
    id: fc.stringMatching(/^[a-z0-9-]{1,32}$/),
    serviceId: fc.constantFrom(...SERVICE_IDS),
  }),
);

/** Messages that look almost right: our tags, a known or unknown type, any value in any field. */
const nearMessage = fc.record(
  {
    source: fc.oneof(fc.constant('toushi-shinri-test'), fc.anything()),
    version: fc.oneof(fc.constant(1), fc.anything()),
    type: fc.oneof(
      fc.constantFrom('resize', 'start', 'step', 'complete', 'cta', 'navigate', '__proto__'),
      fc.anything(),
    ),
    id: fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,40}$/), fc.anything()),
    height: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    stepIndex: fc.oneof(fc.integer(), fc.double(), fc.anything()),
    typeId: fc.oneof(fc.constantFrom(...INVESTOR_TYPE_IDS), fc.string(), fc.anything()),
    serviceId: fc.oneof(fc.constantFrom(...SERVICE_IDS), fc.string(), fc.anything()),
  },
  { requiredKeys: [] },
);

function isValid(message: EmbedMessage): boolean {
  if (!/^[a-z0-9-]{1,32}$/.test(message.id)) return false;
  switch (message.type) {
    case 'resize':
      return (
        Number.isInteger(message.height) &&
        message.height >= 1 &&
        message.height <= EMBED_HEIGHT_MAX
      );
    case 'start':
      return true;
    case 'step':
      return (
        Number.isInteger(message.stepIndex) &&
        message.stepIndex >= 0 &&
        message.stepIndex <= EMBED_STEP_INDEX_MAX
      );
    case 'complete':
      return (INVESTOR_TYPE_IDS as readonly string[]).includes(message.typeId);
    case 'cta':
      return (SERVICE_IDS as readonly string[]).includes(message.serviceId);
  }
}

describe('embed messages', () => {
  it.each([
    [{ type: 'resize', id: 'tst-1', height: 640 }],
    [{ type: 'start', id: 'tst-1' }],
    [{ type: 'step', id: 'tst-1', stepIndex: 0 }],
    [{ type: 'complete', id: 'tst-1', typeId: 'steady-guardian' }],
    [{ type: 'cta', id: 'tst-1', serviceId: 'line' }],
  ] as const)('accepts %o', (message) => {
    expect(parseEmbedMessage(toWireMessage(message))).toEqual({ ok: true, value: message });
  });

  it.each([
    ['a string', 'resize:640', 'not-an-object'],
    ['null', null, 'not-an-object'],
    ['an array', [1, 2], 'not-an-object'],
    [
      'another sender',
      { source: 'other-widget', version: 1, type: 'start', id: 'tst-1' },
      'foreign',
    ],
    [
      'a newer protocol',
      { source: 'toushi-shinri-test', version: 2, type: 'start', id: 'tst-1' },
      'unsupported-version',
    ],
    [
      'a command',
      { source: 'toushi-shinri-test', version: 1, type: 'navigate', id: 'tst-1' },
      'unknown-type',
    ],
    [
      'an id with markup',
      { source: 'toushi-shinri-test', version: 1, type: 'start', id: '<b>' },
      'bad-id',
    ],
    [
      'a huge height',
      { source: 'toushi-shinri-test', version: 1, type: 'resize', id: 'a', height: 1e9 },
      'bad-field',
    ],
    [
      'a negative step',
      { source: 'toushi-shinri-test', version: 1, type: 'step', id: 'a', stepIndex: -1 },
      'bad-field',
    ],
    [
      'an unknown type id',
      { source: 'toushi-shinri-test', version: 1, type: 'complete', id: 'a', typeId: 'x' },
      'bad-field',
    ],
  ])('rejects %s', (_label, data, kind) => {
    const parsed = parseEmbedMessage(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.kind).toBe(kind);
  });

  it('reads no inherited or computed field', () => {
    const inherited = Object.create({
      source: 'toushi-shinri-test',
      version: 1,
      type: 'start',
      id: 'tst-1',
    }) as object;
    expect(parseEmbedMessage(inherited).ok).toBe(false);
    const computed = {
      source: 'toushi-shinri-test',
      version: 1,
      id: 'tst-1',
      get type() {
        return 'start';
      },
    };
    expect(parseEmbedMessage(computed).ok).toBe(false);
  });

  it('keeps only the checked fields of a message', () => {
    const parsed = parseEmbedMessage({
      ...toWireMessage({ type: 'start', id: 'tst-1' }),
      answers: { q1: 'a' },
    });
    expect(parsed).toEqual({ ok: true, value: { type: 'start', id: 'tst-1' } });
  });

  it(
    'round-trips every valid message (fuzzed)',
    () => {
      fc.assert(
        fc.property(validMessage, (message) => {
          expect(parseEmbedMessage(toWireMessage(message))).toEqual({ ok: true, value: message });
        }),
        FUZZ,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'turns any input into a valid message or a typed rejection, never a throw (fuzzed)',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), nearMessage), (data) => {
          const parsed = parseEmbedMessage(data);
          if (parsed.ok) expect(isValid(parsed.value)).toBe(true);
          else expect(typeof parsed.error.kind).toBe('string');
        }),
        FUZZ,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});

describe('embed options and mode', () => {
  it('reads the author attributes leniently but keeps only allowlisted values', () => {
    expect(
      parseEmbedAttributes({
        lang: 'en-US',
        theme: 'dark',
        utmSource: 'blog',
        utmCampaign: 'autumn',
      }),
    ).toEqual({
      lang: 'en',
      theme: 'dark',
      utmSource: 'blog',
      utmMedium: 'embed',
      utmCampaign: 'autumn',
    });
    expect(
      parseEmbedAttributes({ lang: 'fr', theme: 'neon', utmSource: 'a b', utmMedium: '"x"' }),
    ).toEqual({
      lang: 'ja',
      theme: 'auto',
      utmMedium: 'embed',
    });
  });

  it.each([
    ['https://blog.example.jp', 'https://blog.example.jp'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://blog.example.jp/', undefined],
    ['https://BLOG.example.jp', undefined],
    ['https://blog.example.jp:443', undefined],
    ['ftp://blog.example.jp', undefined],
    ['javascript:alert(1)', undefined],
    ['null', undefined],
    ['*', undefined],
    ['https://user@blog.example.jp', undefined],
    [42, undefined],
  ])('accepts %s as a host origin: %s', (raw, expected) => {
    expect(parseHttpOrigin(raw)).toBe(expected);
  });

  it('reads embed mode from the URL only with embed=1', () => {
    expect(parseEmbedMode('?lang=en')).toBeUndefined();
    expect(parseEmbedMode('?embed=true')).toBeUndefined();
    expect(
      parseEmbedMode('?embed=1&lang=en&theme=dark&host=https%3A%2F%2Fblog.example.jp&id=tst-1'),
    ).toEqual({
      lang: 'en',
      theme: 'dark',
      host: 'https://blog.example.jp',
      id: 'tst-1',
    });
    expect(parseEmbedMode('?embed=1&host=https%3A%2F%2Fblog.example.jp')).toEqual({
      lang: 'ja',
      theme: 'auto',
    });
  });

  it(
    'builds an iframe query that the app reads back the same (fuzzed)',
    () => {
      const options = fc.record({
        lang: fc.option(fc.string()),
        theme: fc.option(fc.constantFrom('light', 'dark', 'auto', 'neon')),
        utmSource: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{1,64}$/), fc.string())),
        utmMedium: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{1,64}$/), fc.string())),
        utmCampaign: fc.option(fc.oneof(fc.stringMatching(/^[A-Za-z0-9._~-]{1,64}$/), fc.string())),
      });
      fc.assert(
        fc.property(options, fc.stringMatching(/^[a-z0-9-]{1,32}$/), (raw, id) => {
          const attributes = Object.fromEntries(
            Object.entries(raw).map(([key, value]) => [key, value ?? undefined]),
          );
          const parsed = parseEmbedAttributes(attributes);
          const query = embedFrameQuery({ ...parsed, host: 'https://blog.example.jp', id });
          expect(parseEmbedMode(`?${query}`)).toEqual({
            lang: parsed.lang,
            theme: parsed.theme,
            host: 'https://blog.example.jp',
            id,
          });
          // The app's own campaign parser keeps every utm value the loader forwards.
          expect(parseCampaign(`?${query}`)).toEqual({
            utm_medium: parsed.utmMedium,
            ...(parsed.utmSource === undefined ? {} : { utm_source: parsed.utmSource }),
            ...(parsed.utmCampaign === undefined ? {} : { utm_campaign: parsed.utmCampaign }),
          });
        }),
        FUZZ,
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'reads any URL query into embed mode or nothing, never a throw (fuzzed)',
    () => {
      const search = fc.oneof(
        fc.string(),
        fc
          .dictionary(
            fc.constantFrom('embed', 'lang', 'theme', 'host', 'id', 'x'),
            fc.oneof(fc.string(), fc.webUrl(), fc.constant('1')),
          )
          .map((params) => `?${new URLSearchParams(params).toString()}`),
      );
      fc.assert(
        fc.property(search, (raw) => {
          const mode = parseEmbedMode(raw);
          if (mode === undefined) return;
          expect(['ja', 'en']).toContain(mode.lang);
          expect(['light', 'dark', 'auto']).toContain(mode.theme);
          if (mode.host !== undefined) expect(new URL(mode.host).origin).toBe(mode.host);
          expect(mode.host === undefined).toBe(mode.id === undefined);
        }),
        FUZZ,
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
