// "Present this": adds the current view, with its exact state, to the reader's own deck.
import { useState } from 'react';
import { useT } from '../i18n';
import { useLocation } from '../state/location';
import { cleanView, useMyDeck } from '../state/myDeck';

export function PresentThis() {
  const t = useT();
  const { route } = useLocation();
  const add = useMyDeck((s) => s.add);
  const [done, setDone] = useState(false);
  if (route.name === 'present' || route.name === 'notFound') return null;
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        const view = cleanView(window.location.hash || '#/');
        if (!view) return;
        add({ view, title: document.title.replace(/ · PoLM Explorer$/, '').replace(/^PoLM Explorer$/, '') });
        setDone(true);
        window.setTimeout(() => setDone(false), 2000);
      }}
    >
      {t('present.presentThis')}
      <span role="status" className="copy-status">
        {done ? ` ✓ ${t('present.added')}` : ''}
      </span>
    </button>
  );
}
