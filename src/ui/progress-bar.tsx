interface ProgressBarProps {
  /** 1-based number of the question on screen. */
  readonly current: number;
  readonly total: number;
  readonly label: string;
  /** What a screen reader says, e.g. "Question 3 of 20". */
  readonly valueText: string;
}

/**
 * A bar that fills as the reader goes through the questions. A native <progress>, so neither the
 * pre-rendered HTML nor the client needs an inline style (the CSP allows none).
 */
export function ProgressBar({ current, total, label, valueText }: ProgressBarProps) {
  return (
    <progress
      className="progress-bar"
      max={total}
      value={current}
      aria-label={label}
      aria-valuetext={valueText}
    />
  );
}
