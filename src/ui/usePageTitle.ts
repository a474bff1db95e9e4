// Every view names itself in the document title (screen readers announce it on navigation).
import { useContext, useEffect } from 'react';
import { LocationOverride } from '../state/location';
import { useT } from '../i18n';

export function usePageTitle(title: string | undefined): void {
  const t = useT();
  const app = t('app.name');
  // A view shown inside a slide does not own the window's title; the deck does.
  const embedded = useContext(LocationOverride) !== null;
  useEffect(() => {
    if (!embedded) document.title = title ? `${title} · ${app}` : app;
  }, [title, app, embedded]);
}
