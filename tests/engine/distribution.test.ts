import { INVESTOR_TYPE_IDS } from '@/data/investor-types';
import { RULE_IDS } from '@/data/rules';
import { sampleDistribution } from '@/engine/distribution';

describe('the type and rule distribution over 100,000 seeded random answer sets', () => {
  const distribution = sampleDistribution(100_000, 20_261_125);

  it('reaches every type and every rule', () => {
    expect(distribution.unreachableTypes).toEqual([]);
    expect(distribution.unreachableRules).toEqual([]);
    for (const ruleId of RULE_IDS) expect(distribution.rules[ruleId]).toBeGreaterThan(0);
  });

  it.each(INVESTOR_TYPE_IDS)('gives %s between 4% and 25% of readers', (typeId) => {
    expect(distribution.types[typeId]).toBeGreaterThanOrEqual(0.04);
    expect(distribution.types[typeId]).toBeLessThanOrEqual(0.25);
  });

  it('accounts for every sample exactly once in the types and in each histogram', () => {
    const total = Object.values(distribution.types).reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 9);
    for (const bins of Object.values(distribution.histograms)) {
      expect(bins.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
    }
  });

  it('draws the same distribution from the same seed and another from another seed', () => {
    expect(sampleDistribution(2_000, 7)).toEqual(sampleDistribution(2_000, 7));
    expect(sampleDistribution(2_000, 7).types).not.toEqual(sampleDistribution(2_000, 8).types);
  });
});
