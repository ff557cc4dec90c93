/**
 * Reliability of the scales on real answers: Cronbach's alpha and item-rest correlations, from
 * item scores (the weight each reader's chosen option gives the item's dimension).
 */

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Sample variance (n - 1); 0 for fewer than two values. */
function variance(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
}

/** Pearson correlation; NaN when either side does not vary. */
function correlation(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < a.length; i++) {
    const da = (a[i] ?? 0) - ma;
    const db = (b[i] ?? 0) - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return cov / Math.sqrt(va * vb);
}

/**
 * Cronbach's alpha of a scale: `items[i][r]` is reader r's score on item i.
 * k/(k-1) * (1 - sum of item variances / variance of the total). NaN for fewer than two items.
 */
export function cronbachAlpha(items: readonly (readonly number[])[]): number {
  const k = items.length;
  if (k < 2) return Number.NaN;
  const readers = items[0]?.length ?? 0;
  const totals = Array.from({ length: readers }, (_, r) =>
    items.reduce((sum, item) => sum + (item[r] ?? 0), 0),
  );
  const itemVariance = items.reduce((sum, item) => sum + variance(item), 0);
  return (k / (k - 1)) * (1 - itemVariance / variance(totals));
}

/** Each item's correlation with the sum of the other items of its scale. */
export function itemRestCorrelations(items: readonly (readonly number[])[]): number[] {
  const readers = items[0]?.length ?? 0;
  const totals = Array.from({ length: readers }, (_, r) =>
    items.reduce((sum, item) => sum + (item[r] ?? 0), 0),
  );
  return items.map((item) =>
    correlation(
      item,
      totals.map((total, r) => total - (item[r] ?? 0)),
    ),
  );
}
