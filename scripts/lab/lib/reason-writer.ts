import i18next from 'i18next';
import type { RuleId } from '@/data/rules';
import type { ReasonWriter } from '@/engine/recommend';

/**
 * The engine's reason writer over one language's rule templates, filled by i18next as the app
 * fills them (the result page passes its `t`): for the engine's tests and the benchmark, which
 * run without the app.
 */
export function reasonWriterOf(rules: Readonly<Record<RuleId, string>>): ReasonWriter {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'ja',
    resources: { ja: { model: { rules } } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return (ruleId, values) => i18n.t(`model:rules.${ruleId}`, values);
}
