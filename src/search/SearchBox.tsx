// The global search field in the banner. `/` or Ctrl/Cmd+K focuses it from anywhere; Enter opens the
// shareable results page (#/search?q=…).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';
import { navigate, useLocation } from '../state/location';
import { hashOf } from '../state/url';

/** True when a key press is meant for a text field the user is typing in. */
function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

export function SearchBox() {
  const t = useT();
  const { route, params, lang } = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(route.name === 'search' ? (params.get('q') ?? '') : '');

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const isK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
      const isSlash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInField(e.target);
      if (isK || isSlash) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(hashOf({ name: 'search' }, { q: value.trim(), lang }));
      }}
    >
      <input
        ref={input}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/ Control+K Meta+K"
      />
    </form>
  );
}
