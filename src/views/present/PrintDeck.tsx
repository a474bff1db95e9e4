// A deck as a handout (#/present/<deck>/1?print): every slide, fully built, one per printed page,
// with its title, build captions and speaker notes. Opens the browser's print dialog by itself only
// when asked (?print=auto), so tests and readers can look at it first.
import { useEffect } from 'react';
import type { DeckRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { viewAt } from './deckNavigation';
import { EmbeddedView } from './EmbeddedView';

export function PrintDeck({ deck, auto }: { deck: DeckRecord; auto: boolean }) {
  const t = useT();
  const text = useText();
  useEffect(() => {
    if (!auto) return;
    const id = window.setTimeout(() => window.print(), 1500);
    return () => window.clearTimeout(id);
  }, [auto]);
  return (
    <main id="main" className="print-deck">
      <h1>{text(deck.title)}</h1>
      <p className="lede">{text(deck.summary)}</p>
      {deck.slides.map((s, i) => (
        <section key={i} className="print-slide" aria-labelledby={`ps-${i}`}>
          <h2 id={`ps-${i}`}>
            {i + 1}. {s.title ? text(s.title) : t('present.untitled')}
          </h2>
          <div className="print-view">
            <EmbeddedView hash={viewAt(s, s.steps.length)} live={false} />
          </div>
          {s.steps.some((x) => x.caption) && (
            <ol className="print-steps">
              {s.steps.map((x, k) => (x.caption ? <li key={k}>{text(x.caption)}</li> : null))}
            </ol>
          )}
          <aside className="print-notes" aria-label={t('present.notes')}>
            <strong>{t('present.notes')}:</strong> {text(s.notes)}
          </aside>
        </section>
      ))}
    </main>
  );
}
