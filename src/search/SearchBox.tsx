// The global search field in the banner, an ARIA combobox: typing shows the best matches in a listbox
// (arrows move, Enter opens, Escape closes), the last option opens the shareable results page
// (#/search?q=…). `/` or Ctrl/Cmd+K focuses it from anywhere, so it doubles as a command palette.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLang, useT } from '../i18n';
import { navigate, useLocationValue } from '../state/location';
import { hashOf } from '../state/url';
import type { Hit } from './engine.ts';
import { Highlighted } from './Highlighted';
import { HitBadges } from './HitBadges';
import { loadSearch, searchNow, useSearchResult, type SearchClient } from './loadEngine';
import { withLang } from '../ui/Link';

const MAX_SUGGESTIONS = 8;

/** True when a key press is meant for a text field the user is typing in. */
function typingInField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

interface Suggestions {
  query: string;
  hits: Hit[];
  total: number;
  terms: string[];
  rootName: (root: string) => string;
}

export function SearchBox() {
  const t = useT();
  const lang = useLang();
  const urlLang = useLocationValue((l) => l.lang);
  const routeQuery = useLocationValue((l) => (l.route.name === 'search' ? (l.params.get('q') ?? '') : null));
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [value, setValue] = useState(routeQuery ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [client, setClient] = useState<SearchClient | null>(searchNow);
  const [loadFailed, setLoadFailed] = useState(false);

  // The results page owns the query: follow it when it changes (e.g. Back), during render rather
  // than in an effect so the field never shows a stale value for a frame.
  const [seenRouteQuery, setSeenRouteQuery] = useState(routeQuery);
  if (routeQuery !== seenRouteQuery) {
    setSeenRouteQuery(routeQuery);
    if (routeQuery !== null) setValue(routeQuery);
  }

  const ensureSearch = () => {
    if (client) return;
    loadSearch().then(setClient, () => setLoadFailed(true));
  };

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

  const q = value.trim();
  const answer = useSearchResult(client, q);
  const rootDoc = useMemo(() => new Map((client?.docs ?? []).filter((d) => d.type === 'node').map((d) => [d.id, d])), [client]);
  // The last answer stays on screen while the next is computed (a few ms in the worker), so the list
  // does not flicker as the reader types; an empty field shows nothing.
  const found: Suggestions | null =
    q && answer.result
      ? {
          query: answer.input ?? q,
          hits: answer.result.hits.slice(0, MAX_SUGGESTIONS),
          total: answer.result.hits.length,
          terms: answer.result.terms,
          rootName: (root) => rootDoc.get(root)?.name[lang] ?? root,
        }
      : null;
  const loading = !loadFailed && !answer.failed && q !== '' && !found;

  const seeAll = () => hashOf({ name: 'search' }, { q: value.trim(), lang: urlLang });
  const options = found ? [...found.hits.map((h) => ({ key: h.doc.key, href: withLang(h.doc.href, urlLang), hit: h })), { key: 'all', href: seeAll(), hit: null }] : [];
  const expanded = open && value.trim() !== '' && (options.length > 0 || loading);
  const optionId = (i: number) => `${listId}-opt-${i}`;

  const go = (href: string, isAll: boolean) => {
    setOpen(false);
    setActive(-1);
    if (!isAll) setValue('');
    navigate(href);
    if (!isAll) input.current?.blur();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) setOpen(true);
      if (options.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text field itself: moving past either end returns there, as in most comboboxes.
      setActive((a) => {
        const next = a === -1 ? (step > 0 ? 0 : options.length - 1) : a + step;
        return next < 0 || next >= options.length ? -1 : next;
      });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!value.trim()) return;
      const chosen = active >= 0 ? options[active] : null;
      if (chosen) go(chosen.href, chosen.hit === null);
      else go(seeAll(), true);
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value) {
        e.preventDefault();
        setValue('');
      }
    }
  };

  return (
    <form role="search" className="search-box" onSubmit={(e) => e.preventDefault()}>
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={t('search.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/ Control+K Meta+K"
        placeholder={t('search.placeholder')}
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          setActive(-1);
          setOpen(true);
          ensureSearch();
        }}
        onFocus={() => {
          setOpen(true);
          ensureSearch();
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <div id={listId} role="listbox" aria-label={t('search.suggestions')} className="search-suggestions" hidden={!expanded}>
        {loading && !found && (
          <div role="option" aria-disabled="true" aria-selected="false" className="muted">
            {t('search.loading')}
          </div>
        )}
        {found &&
          options.map((o, i) => (
            <div
              key={o.key}
              id={optionId(i)}
              role="option"
              // Focus stays in the field (aria-activedescendant); -1 only satisfies "focusable".
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                go(o.href, o.hit === null);
              }}
              onMouseMove={() => setActive(i)}
            >
              {o.hit ? (
                <>
                  <span className="suggestion-name">
                    <Highlighted text={o.hit.doc.name[lang]} terms={found.terms} />
                  </span>
                  <HitBadges doc={o.hit.doc} rootName={found.rootName} />
                </>
              ) : (
                <span className="suggestion-all">
                  {t('search.seeAll', { query: found.query })} ({found.total})
                </span>
              )}
            </div>
          ))}
      </div>
    </form>
  );
}
