// A deck on the projector (#/present/<deck>/<n>?step=k) or in the speaker view (…&speaker): the live
// view of the slide, a progress bar, and reveal.js keys. The two windows keep each other in step over
// a BroadcastChannel; the URL always names the slide and step, so a reload lands on the same place.
import { useEffect, useRef, useState } from 'react';
import type { DeckRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { navigate } from '../../state/location';
import { Link } from '../../ui/Link';
import { clampPosition, presentKey, viewAt, type Position } from './deckNavigation';
import { EmbeddedView } from './EmbeddedView';

type Slide = DeckRecord['slides'][number];

export const positionHash = (deckId: string, p: Position, extra = '') => `#/present/${deckId}/${p.slide}${p.step || extra ? '?' : ''}${[p.step ? `step=${p.step}` : '', extra].filter(Boolean).join('&')}`;

/** Keys typed into a control of the live view (a slider, a field, the tree) belong to that control. */
function ownedByControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.closest) return false;
  return !!el.closest('input, select, textarea, button, [contenteditable="true"], [role="slider"], [role="tree"], [role="listbox"], [role="combobox"], dialog');
}

function useChannel(deckId: string, onMessage: (p: Position) => void) {
  const ref = useRef<BroadcastChannel | null>(null);
  const handler = useRef(onMessage);
  useEffect(() => {
    handler.current = onMessage;
  });
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(`polm-present:${deckId}`);
    ch.addEventListener('message', (e: MessageEvent<Position>) => handler.current(e.data));
    ref.current = ch;
    return () => ch.close();
  }, [deckId]);
  return (p: Position) => ref.current?.postMessage(p);
}

function useTimer() {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const s = Math.max(0, Math.floor((now - start) / 1000));
  return { text: `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`, reset: () => setStart(Date.now()) };
}

export function Slideshow({ deck, at, speaker }: { deck: DeckRecord; at: Position; speaker: boolean }) {
  const t = useT();
  const text = useText();
  const pos = clampPosition(deck.slides, at);
  const slide = deck.slides[pos.slide - 1];
  const [overlay, setOverlay] = useState<'none' | 'overview' | 'help' | 'goto' | 'blank'>('none');
  const extra = speaker ? 'speaker' : '';
  // The other window (projector or speaker) moved: follow it without echoing the move back.
  const follow = useRef<(p: Position) => void>(() => undefined);
  const post = useChannel(deck.id, (p) => follow.current(p));
  const go = (p: Position, broadcast = true) => {
    const c = clampPosition(deck.slides, p);
    // Replace, not push: a 40-slide lecture should not leave 40 entries for the Back button.
    navigate(positionHash(deck.id, c, extra), { outer: true, replace: true });
    if (broadcast) post(c);
  };
  useEffect(() => {
    follow.current = (p) => go(p, false);
  });
  const timer = useTimer();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (overlay === 'blank') {
        e.preventDefault();
        setOverlay('none');
        return;
      }
      if (overlay !== 'none') {
        if (e.key === 'Escape') {
          e.preventDefault();
          setOverlay('none');
        }
        return;
      }
      if (ownedByControl(e.target)) return;
      const action = presentKey(e.key, deck.slides, pos, e.shiftKey);
      if (action.type === 'none') return;
      e.preventDefault();
      if (action.type === 'go') go(action.to);
      else if (action.type === 'fullscreen') {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        else void document.documentElement.requestFullscreen?.().catch(() => undefined);
      } else if (action.type === 'speaker') window.open(positionHash(deck.id, pos, 'speaker'), `polm-speaker-${deck.id}`, 'popup,width=1000,height=700');
      else if (action.type === 'overview') setOverlay('overview');
      else if (action.type === 'help') setOverlay('help');
      else if (action.type === 'gotoPrompt') setOverlay('goto');
      else if (action.type === 'blank') setOverlay('blank');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const steps = slide.steps.length;
  const caption = pos.step > 0 ? slide.steps[pos.step - 1].caption : undefined;
  const nextSlide: Slide | undefined = deck.slides[pos.slide];
  const progress = (pos.slide - 1 + (steps ? pos.step / (steps + 1) : 0)) / Math.max(1, deck.slides.length - 1);
  const slideTitle = slide.title ? text(slide.title) : t('present.untitled');

  const controls = (
    <nav className="present-bar" aria-label={t('present.deck')}>
      <span className="present-deck">{text(deck.title)}</span>
      <span role="status" className="present-count">
        {t('present.progress', { n: pos.slide, count: deck.slides.length })}
        {steps > 0 && ` · ${t('present.stepOf', { n: pos.step, count: steps })}`}
      </span>
      <button type="button" className="button" onClick={() => go(presentKeyTarget('ArrowLeft'))} aria-keyshortcuts="ArrowLeft">
        ← {t('present.previous')}
      </button>
      <button type="button" className="button" onClick={() => go(presentKeyTarget('ArrowRight'))} aria-keyshortcuts="ArrowRight">
        {t('present.next')} →
      </button>
      <button type="button" className="button" onClick={() => setOverlay('overview')} aria-keyshortcuts="O">
        {t('present.overview')}
      </button>
      <button type="button" className="button" onClick={() => setOverlay('help')} aria-keyshortcuts="?">
        ?
        <span className="visually-hidden">{t('present.help')}</span>
      </button>
      <Link className="button" to="#/present">
        {t('present.exit')}
      </Link>
      <div className="present-progress" aria-hidden="true">
        <div style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
    </nav>
  );
  function presentKeyTarget(key: string): Position {
    const a = presentKey(key, deck.slides, pos);
    return a.type === 'go' ? a.to : pos;
  }

  const overlays = (
    <>
      {overlay === 'blank' && (
        <div className="present-blank" role="status">
          <span className="visually-hidden">{t('present.blank')}</span>
        </div>
      )}
      {overlay === 'overview' && (
        <dialog open className="present-dialog present-overview" aria-labelledby="ov-h">
          <h2 id="ov-h">{t('present.overview')}</h2>
          <p className="meta">{t('present.overviewHint')}</p>
          <ol>
            {deck.slides.map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={`button${i + 1 === pos.slide ? ' current' : ''}`}
                  aria-current={i + 1 === pos.slide ? 'true' : undefined}
                  autoFocus={i + 1 === pos.slide}
                  onClick={() => {
                    setOverlay('none');
                    go({ slide: i + 1, step: 0 });
                  }}
                >
                  {i + 1}. {s.title ? text(s.title) : s.view}
                </button>
              </li>
            ))}
          </ol>
        </dialog>
      )}
      {overlay === 'help' && (
        <dialog open className="present-dialog" aria-labelledby="help-h">
          <h2 id="help-h">{t('present.help')}</h2>
          <p>{t('present.keys')}</p>
          <button type="button" className="button" autoFocus onClick={() => setOverlay('none')}>
            OK
          </button>
        </dialog>
      )}
      {overlay === 'goto' && (
        <dialog open className="present-dialog" aria-labelledby="goto-h">
          <h2 id="goto-h">{t('present.goto')}</h2>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const n = Number(new FormData(e.currentTarget).get('n'));
              setOverlay('none');
              if (Number.isInteger(n)) go({ slide: n, step: 0 });
            }}
          >
            <label>
              {t('present.gotoLabel', { count: deck.slides.length })} <input name="n" type="number" min={1} max={deck.slides.length} defaultValue={pos.slide} autoFocus />
            </label>{' '}
            <button type="submit" className="button">
              {t('present.go')}
            </button>
          </form>
        </dialog>
      )}
    </>
  );

  if (speaker) {
    return (
      <main className="speaker-view" id="main">
        <h1>
          {t('present.speaker')}: {slideTitle}
        </h1>
        <p className="meta">{t('present.speakerHint')}</p>
        {controls}
        <div className="speaker-grid">
          <section aria-labelledby="notes-h">
            <h2 id="notes-h">{t('present.notes')}</h2>
            <p className="speaker-notes">{text(slide.notes)}</p>
            {caption && <p className="survey-note">{text(caption)}</p>}
          </section>
          <section aria-labelledby="next-h">
            <h2 id="next-h">{t('present.nextSlide')}</h2>
            <p>{nextSlide ? (nextSlide.title ? text(nextSlide.title) : nextSlide.view) : t('present.end')}</p>
            <h2>{t('present.timer')}</h2>
            <p className="speaker-timer" role="timer">
              {timer.text}
            </p>
            <button type="button" className="button" onClick={timer.reset}>
              {t('present.resetTimer')}
            </button>
          </section>
        </div>
        {overlays}
      </main>
    );
  }

  return (
    <div className="present-frame">
      <main id="main" className="present-slide" aria-roledescription="slide" aria-label={`${slideTitle} (${t('present.progress', { n: pos.slide, count: deck.slides.length })})`}>
        <p className="slide-title">{slideTitle}</p>
        {caption && <p className="slide-caption">{text(caption)}</p>}
        <EmbeddedView hash={viewAt(slide, pos.step)} />
      </main>
      {controls}
      {overlays}
    </div>
  );
}
