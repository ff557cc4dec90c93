import type { ReactNode } from 'react';
import type { InvestorTypeId } from '@/data/investor-types';
import { EMBLEMS } from '@/data/emblems';
import { TypeEmblem } from '@/ui/type-emblem';

export interface ResultHeroProps {
  readonly typeId: InvestorTypeId;
  /** Whose result this is. Always present, so nothing moves when it changes. */
  readonly eyebrow: string;
  readonly name: string;
  /** One line under the name: the type's catchphrase, or its third-person form for a friend. */
  readonly summary: string;
  /** The close runner-up when the model names one ("〇〇寄りの△△"), beside the name. */
  readonly runnerUp?: string | undefined;
  /** The traits that stand out: the reader's, the friend's or the type's own. */
  readonly traits: { readonly heading: string; readonly items: readonly string[] };
  /** The primary call to action: add the LINE account, or take the test oneself. */
  readonly action?: ReactNode;
  /** The way to share (own result only). */
  readonly share?: ReactNode;
}

/**
 * The first screen of a result: emblem, name, one-line summary, the traits that stand out, the
 * primary call to action and sharing. The page's only h1, and its largest paint.
 */
export function ResultHero({
  typeId,
  eyebrow,
  name,
  summary,
  runnerUp,
  traits,
  action,
  share,
}: ResultHeroProps) {
  return (
    <header className="result-hero">
      <div className="result-hero__identity">
        <TypeEmblem typeId={typeId} art={EMBLEMS[typeId]} size={76} />
        <div className="result-hero__titles">
          <p className="result-hero__eyebrow">{eyebrow}</p>
          <h1 className="result-hero__name">{name}</h1>
          {runnerUp !== undefined && <p className="result-hero__runner-up">{runnerUp}</p>}
        </div>
      </div>
      <p className="result-hero__summary">{summary}</p>
      <div className="result-hero__traits">
        <h2 className="result-hero__traits-heading">{traits.heading}</h2>
        <ul className="result-traits">
          {traits.items.map((item) => (
            <li key={item} className="result-traits__item">
              {item}
            </li>
          ))}
        </ul>
      </div>
      {action}
      {share}
    </header>
  );
}
