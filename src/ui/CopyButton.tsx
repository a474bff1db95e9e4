// Copies text to the clipboard and says so (visibly and to screen readers via a live region).
import { useEffect, useState } from 'react';
import { useT } from '../i18n';

export function CopyButton({ text, label, className }: { text: string | (() => string); label: string; className?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const id = window.setTimeout(() => setState('idle'), 2000);
    return () => window.clearTimeout(id);
  }, [state]);
  const copy = async () => {
    const value = typeof text === 'function' ? text() : text;
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <button type="button" className={['button', className].filter(Boolean).join(' ')} onClick={copy}>
      {label}
      <span className="copy-status" role="status" aria-live="polite">
        {state === 'copied' ? ` ✓ ${t('common.copied')}` : state === 'failed' ? ` ${t('common.copyFailed')}` : ''}
      </span>
    </button>
  );
}
