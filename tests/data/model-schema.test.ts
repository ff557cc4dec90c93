import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  BANDS,
  DIMENSION_IDS,
  EXPERIENCE_LEVELS,
  GOAL_HORIZONS,
  SCORE_BANDS,
  bandOf,
  type DimensionId,
} from '@/data/dimensions';
import {
  ANSWER_STEP_LIMIT,
  ANSWER_STEP_POINTS,
  BIAS_IDS,
  CLASSIFY_DIMENSION_WEIGHTS,
  INVESTOR_TYPE_IDS,
  INVESTOR_TYPES,
  TYPE_DIMENSIONS,
} from '@/data/investor-types';
import { POPULATION_FACTS } from '@/data/population-facts';
import {
  AGREE_OPTION_IDS,
  QUESTION_FORMATS,
  QUESTIONS,
  WEIGHT_LIMIT,
  type Question,
} from '@/data/questions';
import { PITCHES, REASON_PLACEHOLDERS, RULES } from '@/data/rules';
import { SERVICE_IDS, SITE } from '@/data/site';

const dimensionId = z.enum(DIMENSION_IDS);
const typeId = z.enum(INVESTOR_TYPE_IDS);
const unique = (values: readonly string[]) => new Set(values).size === values.length;
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const score = z.number().min(0).max(100);
const httpsUrl = z.url({ protocol: /^https$/ });

const weightsSchema = z
  .partialRecord(
    dimensionId,
    z
      .number()
      .min(-WEIGHT_LIMIT)
      .max(WEIGHT_LIMIT)
      .refine((w) => Number.isInteger(w * 2), 'whole or half weights'),
  )
  .refine((weights) => Object.keys(weights).length <= 1, 'an option weighs one dimension at most');
const questionSchema = z
  .object({
    id: kebab,
    format: z.enum(QUESTION_FORMATS),
    options: z
      .array(
        z
          .object({
            id: kebab,
            weights: weightsSchema,
            correct: z.literal(true).optional(),
            neutral: z.literal(true).optional(),
          })
          .strict(),
      )
      .min(2)
      .max(6)
      .refine((options) => unique(options.map((o) => o.id)), 'option ids are unique'),
  })
  .strict()
  .refine(
    (q) =>
      q.format === 'fact' ||
      DIMENSION_IDS.some(
        (d) =>
          new Set(q.options.map((o) => (o.weights as Partial<Record<string, number>>)[d] ?? 0))
            .size > 1,
      ),
    'the options differ in weight, so the question measures something',
  );

type ConditionInput =
  | { all: ConditionInput[] }
  | { any: ConditionInput[] }
  | { not: ConditionInput }
  | { dimension: string; bands: string[] }
  | { typeIn: string[] }
  | { experience: string[] }
  | { goalHorizon: string[] };
const conditionSchema: z.ZodType<ConditionInput> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(conditionSchema) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
    z
      .object({ dimension: dimensionId, bands: z.array(z.enum(BANDS)).min(1).max(2) })
      .strict()
      .refine((c) => unique(c.bands), 'each band once'),
    z
      .object({ typeIn: z.array(typeId).min(1) })
      .strict()
      .refine((c) => unique(c.typeIn), 'typeIn lists each type once'),
    z.object({ experience: z.array(z.enum(EXPERIENCE_LEVELS)).min(1) }).strict(),
    z.object({ goalHorizon: z.array(z.enum(GOAL_HORIZONS)).min(1) }).strict(),
  ]),
);
const ruleSchema = z
  .object({
    id: kebab,
    serviceId: z.enum(SERVICE_IDS),
    priority: z.number().int().min(0),
    when: conditionSchema,
    presumes: z.partialRecord(dimensionId, z.array(z.enum(BANDS)).min(1).max(2)),
    pitch: z.enum(PITCHES),
  })
  .strict();

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('the schemas themselves', () => {
  const good = QUESTIONS[0];
  it.each([
    [
      'a weight beyond the limit',
      {
        ...good,
        options: [
          { id: 'a', weights: { riskTolerance: 4 } },
          { id: 'b', weights: {} },
        ],
      },
    ],
    [
      'an unknown dimension',
      {
        ...good,
        options: [
          { id: 'a', weights: { courage: 1 } },
          { id: 'b', weights: {} },
        ],
      },
    ],
    [
      'duplicate option ids',
      {
        ...good,
        options: [
          { id: 'a', weights: { riskTolerance: 1 } },
          { id: 'a', weights: {} },
        ],
      },
    ],
    [
      'options that all weigh the same',
      {
        ...good,
        options: [
          { id: 'a', weights: {} },
          { id: 'b', weights: {} },
        ],
      },
    ],
  ])('rejects a question with %s', (_name, question) => {
    expect(questionSchema.safeParse(question).success).toBe(false);
  });

  it.each([
    ['an unknown type', { typeIn: ['day-trader'] }],
    ['an unknown dimension', { dimension: 'courage', bands: ['high'] }],
    ['a raw threshold', { dimension: 'knowledge', op: '>=', value: 60 }],
    ['an unknown band', { not: { dimension: 'knowledge', bands: ['very-high'] } }],
  ])('rejects a rule condition with %s', (_name, when) => {
    expect(
      ruleSchema.safeParse({ id: 'x', serviceId: 'line', priority: 1, when, presumes: {} }).success,
    ).toBe(false);
  });
});

describe('dimensions', () => {
  it('has six unique dimensions and ordered bands', () => {
    expect(DIMENSION_IDS).toHaveLength(6);
    expect(unique(DIMENSION_IDS)).toBe(true);
    expect(
      0 < SCORE_BANDS.midMin &&
        SCORE_BANDS.midMin < SCORE_BANDS.highMin &&
        SCORE_BANDS.highMin < 100,
    ).toBe(true);
  });
});

describe('questions', () => {
  it.each(QUESTIONS.map((q) => [q.id, q] as const))('%s passes the schema', (_id, question) => {
    expect(questionSchema.safeParse(question).error).toBeUndefined();
  });

  it('has 20-50 questions with unique ids', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(20);
    expect(QUESTIONS.length).toBeLessThanOrEqual(50);
    expect(unique(QUESTIONS.map((q) => q.id))).toBe(true);
  });

  it('mixes every format: gambles, a drawdown, agree items, four literacy items and two facts', () => {
    const count = (format: string) => QUESTIONS.filter((q) => q.format === format).length;
    expect(count('scenario')).toBeGreaterThanOrEqual(3);
    expect(count('mixed-gamble')).toBeGreaterThanOrEqual(1);
    expect(count('drawdown')).toBeGreaterThanOrEqual(1);
    expect(count('agree-scale')).toBeGreaterThanOrEqual(4);
    expect(count('literacy')).toBe(4);
    expect(count('fact')).toBe(2);
  });

  it('gives agree items the five-point scale, some of them reverse-keyed', () => {
    const agree = QUESTIONS.filter((q) => q.format === 'agree-scale');
    for (const question of agree)
      expect(question.options.map((o) => o.id)).toEqual([...AGREE_OPTION_IDS]);
    const reversed = agree.filter((q) => Object.values(q.options[4]!.weights).some((w) => w < 0));
    expect(reversed.length).toBeGreaterThanOrEqual(2);
  });

  it('scores each literacy item right or wrong into knowledge, with one right answer and "don\'t know"', () => {
    for (const question of QUESTIONS.filter((q) => q.format === 'literacy')) {
      const options: readonly {
        id: string;
        weights: Partial<Record<string, number>>;
        correct?: true;
      }[] = question.options;
      expect(options.filter((o) => o.correct)).toHaveLength(1);
      expect(options.map((o) => o.id)).toContain('dont-know');
      for (const option of options) {
        expect(Object.keys(option.weights)).toEqual(['knowledge']);
        expect(option.weights.knowledge! > 0).toBe(option.correct === true);
      }
    }
  });

  it('keys at least one loss-aversion agree item each way, so yes-saying does not pick the type', () => {
    const agree = QUESTIONS.filter((q) => q.format === 'agree-scale');
    const keyed = (sign: number) =>
      agree.filter((q) => {
        const weights: Partial<Record<string, number>> = q.options[4]!.weights;
        return Math.sign(weights.lossAversion ?? 0) === sign;
      });
    expect(keyed(1).length).toBeGreaterThanOrEqual(1);
    expect(keyed(-1).length).toBeGreaterThanOrEqual(1);
  });

  it('gives every neutral option the midpoint of its item, so "not investing" moves no score', () => {
    for (const question of QUESTIONS) {
      const options: readonly { weights: Partial<Record<string, number>>; neutral?: true }[] =
        question.options;
      for (const option of options.filter((o) => o.neutral)) {
        const [dimension, weight] = Object.entries(option.weights)[0]!;
        const others = options.filter((o) => !o.neutral).map((o) => o.weights[dimension] ?? 0);
        expect(weight, question.id).toBe((Math.min(...others) + Math.max(...others)) / 2);
      }
    }
  });

  it('scores no item on two dimensions', () => {
    for (const question of QUESTIONS) {
      const dimensions = new Set(question.options.flatMap((o) => Object.keys(o.weights)));
      expect(dimensions.size, question.id).toBeLessThanOrEqual(1);
    }
  });

  it.each(DIMENSION_IDS)('moves %s with at least three questions', (dimension) => {
    const moving = QUESTIONS.filter((q) => {
      const weights = q.options.map(
        (o) => (o.weights as Partial<Record<string, number>>)[dimension] ?? 0,
      );
      return Math.max(...weights) > Math.min(...weights);
    });
    expect(moving.length).toBeGreaterThanOrEqual(3);
  });
});

describe('investor types', () => {
  it('has 6-10 types with stable kebab-case slugs', () => {
    expect(INVESTOR_TYPE_IDS.length).toBeGreaterThanOrEqual(6);
    expect(INVESTOR_TYPE_IDS.length).toBeLessThanOrEqual(10);
    expect(unique(INVESTOR_TYPE_IDS)).toBe(true);
    for (const id of INVESTOR_TYPE_IDS) expect(kebab.safeParse(id).success).toBe(true);
    expect(Object.keys(INVESTOR_TYPES).sort()).toEqual([...INVESTOR_TYPE_IDS].sort());
  });

  it.each(INVESTOR_TYPE_IDS)(
    '%s has a full prototype, three distinct biases and a source',
    (id) => {
      const type = INVESTOR_TYPES[id];
      expect(z.record(dimensionId, score).safeParse(type.prototype).error).toBeUndefined();
      expect(new Set(type.biases).size).toBe(3);
      for (const bias of type.biases) expect(BIAS_IDS).toContain(bias);
      expect(
        type.sources.pompian !== null || type.sources.bbk !== null || id === 'careful-learner',
      ).toBe(true);
    },
  );

  /** The dark theme's page and card backgrounds, as src/ui/global.css declares them. */
  const DARK_BACKGROUNDS = (() => {
    const css = readFileSync('src/ui/global.css', 'utf8');
    const dark = /:root\[data-theme='dark'\] \{([^}]*)\}/.exec(css)?.[1] ?? '';
    const tokens = ['--bg', '--surface'].map(
      (token) => new RegExp(`${token}: (#[0-9a-f]{6});`).exec(dark)?.[1],
    );
    expect(tokens).toEqual([expect.stringMatching(/^#/), expect.stringMatching(/^#/)]);
    return tokens.filter((token): token is string => token !== undefined);
  })();

  it.each(INVESTOR_TYPE_IDS)(
    '%s has accents readable on white and on the dark backgrounds',
    (id) => {
      const { accentColour, accentColourDark } = INVESTOR_TYPES[id];
      expect(accentColour).toMatch(/^#[0-9a-f]{6}$/);
      expect(accentColourDark).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrast(accentColour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      for (const background of DARK_BACKGROUNDS)
        expect(contrast(accentColourDark, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives every type its own accent colour and prototype', () => {
    expect(unique(INVESTOR_TYPE_IDS.map((id) => INVESTOR_TYPES[id].accentColour))).toBe(true);
    expect(
      unique(INVESTOR_TYPE_IDS.map((id) => JSON.stringify(INVESTOR_TYPES[id].prototype))),
    ).toBe(true);
  });

  it('weights the type dimensions positively in classification and the facets not at all', () => {
    const deciding: readonly DimensionId[] = TYPE_DIMENSIONS;
    for (const dimension of DIMENSION_IDS)
      if (deciding.includes(dimension))
        expect(CLASSIFY_DIMENSION_WEIGHTS[dimension]).toBeGreaterThan(0);
      else expect(CLASSIFY_DIMENSION_WEIGHTS[dimension]).toBe(0);
  });

  it('gives every type dimension at least seven items, half of the agree items reversed or more', () => {
    for (const dimension of TYPE_DIMENSIONS) {
      const items = QUESTIONS.filter((q) =>
        q.options.some((o) => dimension in (o.weights as Record<string, number>)),
      );
      expect(items.length, dimension).toBeGreaterThanOrEqual(7);
      const agree = items.filter((q) => q.format === 'agree-scale');
      const reversed = agree.filter((q) =>
        Object.values(q.options[4]!.weights as Record<string, number>).some((w) => w < 0),
      );
      expect(reversed.length, dimension).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps the facts out of every score: experience and the goal horizon weigh nothing', () => {
    for (const id of ['experience', 'goal-horizon'])
      for (const option of QUESTIONS.find((q) => q.id === id)?.options ?? [])
        expect(option.weights, id).toEqual({});
  });

  it.each(INVESTOR_TYPE_IDS)(
    '%s sits in the band its traits name: clearly high or low in that band, somewhat in mid',
    (id) => {
      const traits: Partial<Record<DimensionId, number>> = INVESTOR_TYPES[id].traits;
      for (const dimension of DIMENSION_IDS) {
        const trait = traits[dimension] ?? 0;
        const at = INVESTOR_TYPES[id].prototype[dimension];
        const expected = trait === 2 ? 'high' : trait === -2 ? 'low' : 'mid';
        expect(bandOf(at), `${id} on ${dimension}`).toBe(expected);
        expect(Math.sign(at - 50), `${id} on ${dimension}`).toBe(Math.sign(trait));
      }
    },
  );

  it.each(DIMENSION_IDS)(
    'knows how far one step of weight moves the %s score, as its questions give it',
    (dimension) => {
      const questions: readonly Question[] = QUESTIONS;
      const range = questions.reduce((sum, question) => {
        const weights = question.options.map((option) => option.weights[dimension] ?? 0);
        return sum + Math.max(...weights) - Math.min(...weights);
      }, 0);
      expect(ANSWER_STEP_POINTS[dimension]).toBeCloseTo(100 / range, 10);
    },
  );

  it('lets no single step of weight move the distance to a prototype further than the limit', () => {
    for (const dimension of DIMENSION_IDS) {
      const move = Math.sqrt(CLASSIFY_DIMENSION_WEIGHTS[dimension]) * ANSWER_STEP_POINTS[dimension];
      expect(move, dimension).toBeLessThanOrEqual(ANSWER_STEP_LIMIT + 1e-9);
    }
  });
});

describe('rules', () => {
  it.each(RULES.map((rule) => [rule.id, rule] as const))('%s passes the schema', (_id, rule) => {
    expect(ruleSchema.safeParse(rule).error).toBeUndefined();
  });

  it('has unique ids and distinct priorities, and survives a JSON round trip unchanged', () => {
    expect(unique(RULES.map((rule) => rule.id))).toBe(true);
    expect(new Set(RULES.map((rule) => rule.priority)).size).toBe(RULES.length);
    expect(JSON.parse(JSON.stringify(RULES))).toEqual(RULES);
  });

  it.each(SERVICE_IDS)('has at least one rule for %s', (serviceId) => {
    expect(RULES.some((rule) => rule.serviceId === serviceId)).toBe(true);
  });

  it('always recommends something: some rule matches every profile', () => {
    expect(RULES.some((rule) => 'all' in rule.when && rule.when.all.length === 0)).toBe(true);
  });

  it('lists the placeholders reason templates may use', () => {
    expect(REASON_PLACEHOLDERS).toEqual(['typeName', ...DIMENSION_IDS]);
  });
});

describe('site config', () => {
  const localised = z.object({ ja: z.string().min(1), en: z.string().min(1) }).strict();
  const siteSchema = z
    .object({
      origin: httpsUrl.refine(
        (url) => new URL(url).origin === url,
        'an origin, without a path or trailing slash',
      ),
      operator: z
        .object({
          name: localised,
          address: localised,
          representative: localised,
          contact: localised,
          contactUrl: httpsUrl,
          registration: z.discriminatedUnion('state', [
            z
              .object({ state: z.literal('registered'), number: localised, association: localised })
              .strict(),
            z.object({ state: z.literal('not-registered') }).strict(),
            z.object({ state: z.literal('unset') }).strict(),
          ]),
          officialLineAccount: z.string().regex(/^@[a-z0-9._-]+$/),
        })
        .strict(),
      services: z.record(
        z.enum(SERVICE_IDS),
        z
          .object({
            title: localised,
            pitch: localised,
            claimSources: z.array(
              z.object({ claim: z.string().min(1), source: z.string().min(1) }).strict(),
            ),
            cta: localised,
            url: httpsUrl,
          })
          .strict(),
      ),
      embedAllowedOrigins: z.array(
        httpsUrl.refine((url) => new URL(url).origin === url, 'an origin'),
      ),
    })
    .strict();

  it('passes the schema', () => {
    expect(siteSchema.safeParse(SITE).error).toBeUndefined();
  });

  it('links the LINE service to the @billiontouch add-friend page', () => {
    expect(SITE.services.line.url).toBe('https://line.me/R/ti/p/@billiontouch');
    expect(SITE.operator.officialLineAccount).toBe('@billiontouch');
    expect(SITE.operator.name.ja).toContain('東京総合研究所');
    expect(SITE.services.newsletter.title.ja).toContain(
      '相場・裏の裏読み・ベテランマネージャーの新手法',
    );
  });
});

describe('population facts', () => {
  const factSchema = z
    .object({
      id: kebab,
      value: z.number().gt(0).lt(1),
      year: z.number().int().min(1990).max(2030),
      questionId: z.enum(['lit-compound', 'lit-inflation', 'lit-diversification']).optional(),
      wording: z.enum(['same', 'differs']),
      source: z
        .object({
          title: z.string().min(1),
          publisher: z.string().min(1),
          year: z.number().int().min(1990).max(2030),
          url: httpsUrl.optional(),
        })
        .strict(),
    })
    .strict();

  it.each(POPULATION_FACTS.map((fact) => [fact.id, fact] as const))(
    '%s passes the schema',
    (_id, fact) => {
      expect(factSchema.safeParse(fact).error).toBeUndefined();
    },
  );

  it.each([
    ['japan-big-three-all-correct', 0.27],
    ['japan-compound-interest-correct', 0.43],
    ['us-compound-interest-correct', 0.75],
  ])('records %s as published (%d)', (id, value) => {
    expect(POPULATION_FACTS.find((fact) => fact.id === id)?.value).toBe(value);
  });

  it('has unique ids', () => {
    expect(unique(POPULATION_FACTS.map((fact) => fact.id))).toBe(true);
  });
});
