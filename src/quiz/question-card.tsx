import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
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
  /**
   * The question came up because the reader tapped an answer on the one before: its options ignore
   * taps for a moment, so a double tap (or a tap that was meant for the last question) cannot
   * answer a question the reader has not read yet.
   */
  readonly arrivedByAnswer?: boolean;
}

/**
 * How long a question that came up after a tap ignores taps. Longer than the gap of a habitual
 * double tap (up to about a third of a second), shorter than anyone needs to read a question.
 */
export const TAP_HOLD_MS = 450;

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
  arrivedByAnswer = false,
}: QuestionCardProps) {
  const { t } = useTranslation('quiz');
  const [holding, setHolding] = useState(arrivedByAnswer);
  useEffect(() => {
    if (!holding) return;
    const timer = window.setTimeout(() => setHolding(false), TAP_HOLD_MS);
    return () => window.clearTimeout(timer);
  }, [holding]);
  // Arrow keys move the selection inside a radio group (and browsers fire click for it); that is
  // browsing, not choosing, so only a tap, a click, Space or a number key goes on.
  const browsingWithArrows = useRef(false);
  const hintId = `hint-${questionId}`;
  const choicesRef = useRef<HTMLDivElement>(null);

  // The pre-rendered question is a real form: a reader who taps an option before the app runs
  // checks that radio, and the browser keeps it checked through hydration. What the reader sees
  // selected is their answer, so the app takes it as one on its first commit, before the first
  // frame it draws. On any later mount the inputs show exactly what `selected` says.
  const adoptCheckedOption = useEffectEvent(() => {
    // The store takes only an option the question has, as it does for a tap.
    const checked = choicesRef.current?.querySelector<HTMLInputElement>('input:checked')?.value;
    if (checked !== undefined && checked !== selected) onChoose(checked, true);
  });
  useLayoutEffect(() => {
    adoptCheckedOption();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (ARROW_KEYS.has(event.key)) browsingWithArrows.current = true;
  };
  const onKeyUp = (): void => {
    browsingWithArrows.current = false;
  };

  return (
    <fieldset
      className={arrivedByAnswer ? 'question question--arriving' : 'question'}
      aria-describedby={hintId}
    >
      <legend className="question__legend">
        <span className="question__number">{t('questionNumber', { current: number })}</span>
        <h1 ref={headingRef} tabIndex={-1} className="question__prompt">
          {prompt}
        </h1>
      </legend>
      <p id={hintId} className="question__hint">
        {t('choicesHint')}
      </p>
      {/* inert, not disabled: the options keep their look and their place in the reading order. */}
      <div className="choices" inert={holding} ref={choicesRef}>
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
