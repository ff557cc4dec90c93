/**
 * Every built page against html-validate's recommended rules. Configured only where React's own
 * serializer or the project's formatter writes valid HTML in another style than the rule's
 * default; never to let a real fault through.
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './built-site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // React writes `<input/>`, `hrefLang`, `disabled=""`; the head tags follow it (`<meta />`).
    'void-style': 'off',
    'attr-case': 'off',
    'attribute-boolean-style': 'off',
    // Prettier writes the doctype in lower case.
    'doctype-style': ['error', { style: 'lowercase' }],
    // React's useId ids (`_R_3_`) are valid HTML ids, if not the rule's preferred shape.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe.each(builtPages())('$path', ({ html }) => {
  it('passes html-validate’s recommended rules', async () => {
    const report = await validator.validateString(html);
    const problems = report.results.flatMap((result) =>
      result.messages.map(
        (message) => `${message.ruleId} at ${message.line}:${message.column}: ${message.message}`,
      ),
    );
    expect(problems).toEqual([]);
  });
});
