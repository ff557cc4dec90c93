import { useRef, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChoiceView {
  readonly id: string;
  readonly label: string;
}

interface QuestionCardProps {
  readonly questionId: string;
  /** 1-based. */
  readonly number: number;
  readonly prompt: string;
  readonly choices: readonly ChoiceView[];
  readonly selected: string | undefined;
  /** `advance` is false when the reader is only moving through the options with the arrow keys. */
  readonly onChoose: (optionId: string, advance: boolean) => void;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

const ARROW_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** One question as a native radio group: the legend holds the question's heading. */
export function QuestionCard({
  questionId,
  number,
  prompt,
  choices,
  selected,
  onChoose,
  headingRef,
}: QuestionCardProps) {
  const { t } = useTranslation('quiz');
  // Arrow keys move the selection inside a radio group (and browsers fire click for it); that is
  // browsing, not choosing, so only a tap, a click, Space or a number key goes on.
  const browsingWithArrows = useRef(false);
  const hintId = `hint-${questionId}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (ARROW_KEYS.has(event.key)) browsingWithArrows.current = true;
  };
  const onKeyUp = (): void => {
    browsingWithArrows.current = false;
  };

  return (
    <fieldset className="question" aria-describedby={hintId}>
      <legend className="question__legend">
        <span className="question__number">{t('questionNumber', { current: number })}</span>
        <h1 ref={headingRef} tabIndex={-1} className="question__prompt">
          {prompt}
        </h1>
      </legend>
      <p id={hintId} className="question__hint">
        {t('choicesHint')}
      </p>
      <div className="choices">
        {choices.map((choice, index) => (
          <label key={choice.id} className="choice">
            <input
              className="choice__input"
              type="radio"
              name={questionId}
              value={choice.id}
              checked={selected === choice.id}
              onKeyDown={onKeyDown}
              onKeyUp={onKeyUp}
              onChange={() => {
                if (browsingWithArrows.current) onChoose(choice.id, false);
              }}
              onClick={() => {
                if (!browsingWithArrows.current) onChoose(choice.id, true);
              }}
            />
            <span className="choice__key" aria-hidden="true">
              {index + 1}
            </span>
            <span className="choice__label">{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
