// "Present this": adds the current view, with its exact state, to the reader's own deck.
import { useState } from 'react';
import { useT } from '../i18n';
import { currentHash, useLocationValue } from '../state/location';
import { cleanView, useMyDeck } from '../state/myDeck';

export function PresentThis() {
  const t = useT();
  const routeName = useLocationValue((l) => l.route.name);
  const add = useMyDeck((s) => s.add);
  const [done, setDone] = useState(false);
  if (routeName === 'present' || routeName === 'notFound') return null;
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => {
        const view = cleanView(currentHash() || '#/');
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
