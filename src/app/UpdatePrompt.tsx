// Registers the service worker (offline use after one visit) and, when a new version has been
// deployed, offers to reload into it instead of swapping code under a reader's feet mid-lecture.
import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { useT } from '../i18n';

export function UpdatePrompt() {
  const t = useT();
  const [update, setUpdate] = useState<((reload?: boolean) => Promise<void>) | null>(null);
  const [offlineReady, setOfflineReady] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    const updateSW = registerSW({
      onNeedRefresh: () => setUpdate(() => updateSW),
      onOfflineReady: () => setOfflineReady(true),
    });
  }, []);
  if (!update && !offlineReady) return null;
  return (
    // aria-live rather than role=status: it must not compete with a view's own status line.
    <div className="update-prompt" aria-live="polite">
      {update ? (
        <>
          {t('pwa.update')}{' '}
          <button type="button" className="button" onClick={() => void update(true)}>
            {t('pwa.reload')}
          </button>{' '}
          <button type="button" className="button button-quiet" onClick={() => setUpdate(null)}>
            {t('common.close')}
          </button>
        </>
      ) : (
        <>
          {t('pwa.offlineReady')}{' '}
          <button type="button" className="button button-quiet" onClick={() => setOfflineReady(false)}>
            {t('common.close')}
          </button>
        </>
      )}
    </div>
  );
}
