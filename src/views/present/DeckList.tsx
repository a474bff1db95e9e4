// The decks (#/present): the survey's lecture decks, and the reader's own deck built with "Present
// this", which can be reordered, exported as YAML for content/decks/, and imported again.
import { useState } from 'react';
import type { DeckRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { MY_DECK_ID, useMyDeck, type MySlide } from '../../state/myDeck';
import { downloadText } from '../../ui/download';
import { Link } from '../../ui/Link';

async function exportYaml(slides: readonly MySlide[]) {
  const { stringify } = await import('yaml');
  const deck = {
    decks: [
      {
        id: 'my-deck',
        title: { en: 'My deck', zh: '我的幻灯片组' },
        summary: { en: 'Views collected in PoLM Explorer.', zh: '在 PoLM Explorer 中收集的视图。' },
        // Notes are the author's to write; the validator requires both languages before it ships.
        slides: slides.map((s) => ({ view: s.view, title: { en: s.title || s.view, zh: s.title || s.view }, notes: { en: s.title || s.view, zh: `（讲稿）${s.title || s.view}` } })),
      },
    ],
  };
  downloadText(stringify(deck), 'my-deck.yaml', 'application/yaml');
}

async function importYaml(file: File): Promise<MySlide[]> {
  const { parse } = await import('yaml');
  const doc = parse(await file.text()) as { decks?: { slides?: { view?: unknown; title?: { en?: unknown } | string }[] }[] } | null;
  const slides = doc?.decks?.[0]?.slides;
  if (!Array.isArray(slides)) throw new Error('no "decks: - slides:" list in the file');
  return slides.map((s) => ({ view: String(s.view ?? ''), title: typeof s.title === 'string' ? s.title : String(s.title?.en ?? '') }));
}

export function DeckList({ decks }: { decks: readonly DeckRecord[] }) {
  const t = useT();
  const text = useText();
  const { slides, move, remove, replace } = useMyDeck();
  const [message, setMessage] = useState('');
  return (
    <div className="page present">
      <header className="page-header">
        <h1>{t('present.title')}</h1>
        <p className="lede">{t('present.intro')}</p>
      </header>
      <ul className="card-grid">
        {decks.map((d) => (
          <li key={d.id} className="card">
            <h2>
              <Link to={`#/present/${d.id}/1`}>{text(d.title)}</Link>
            </h2>
            <p>{text(d.summary)}</p>
            <p className="meta">{t('present.slides', { count: d.slides.length })}</p>
            <p className="button-row">
              <Link className="button" to={`#/present/${d.id}/1`}>
                {t('present.start')}
              </Link>
              <Link to={`#/present/${d.id}/1?print`}>{t('present.print')}</Link>
            </p>
          </li>
        ))}
      </ul>

      <section aria-labelledby="my-deck-h">
        <h2 id="my-deck-h">{t('present.myDeck')}</h2>
        <p className="muted">{t('present.myDeckIntro')}</p>
        {slides.length === 0 ? (
          <p>{t('present.myDeckEmpty')}</p>
        ) : (
          <>
            <ol className="my-deck">
              {slides.map((s, i) => (
                <li key={`${i}-${s.view}`}>
                  <Link to={s.view}>{s.title || s.view}</Link> <code className="meta">{s.view}</code>
                  <span className="button-row">
                    <button type="button" className="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`${t('present.moveUp')}: ${s.title || s.view}`}>
                      ↑
                    </button>
                    <button type="button" className="button" disabled={i === slides.length - 1} onClick={() => move(i, 1)} aria-label={`${t('present.moveDown')}: ${s.title || s.view}`}>
                      ↓
                    </button>
                    <button type="button" className="button" onClick={() => remove(i)} aria-label={`${t('present.remove')}: ${s.title || s.view}`}>
                      ✕
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <p className="button-row">
              <Link className="button" to={`#/present/${MY_DECK_ID}/1`}>
                {t('present.start')}
              </Link>
              <button type="button" className="button" onClick={() => void exportYaml(slides)}>
                {t('present.exportYaml')}
              </button>
            </p>
          </>
        )}
        <p>
          <label className="button">
            {t('present.importYaml')}
            <input
              type="file"
              accept=".yaml,.yml,application/yaml,text/yaml"
              className="visually-hidden"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (!file) return;
                try {
                  const imported = await importYaml(file);
                  replace(imported);
                  setMessage(t('present.imported', { count: useMyDeck.getState().slides.length }));
                } catch (err) {
                  setMessage(t('present.importError', { error: err instanceof Error ? err.message : String(err) }));
                }
                e.target.value = '';
              }}
            />
          </label>
        </p>
        <p role="status">{message}</p>
      </section>
    </div>
  );
}
