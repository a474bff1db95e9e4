// Every view names itself in the document title (screen readers announce it on navigation).
import { useEffect } from 'react';
import { useT } from '../i18n';

export function usePageTitle(title: string | undefined): void {
  const t = useT();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
