// The frame around every view: skip link, banner with navigation, global search, language and theme.
import type { ReactNode } from 'react';
import { useLang, useT } from '../i18n';
import { currentHash, navigate, useLocationValue } from '../state/location';
import { usePrefs, type ThemeChoice } from '../state/store';
import { Link } from '../ui/Link';
import { NAV } from './routes';
import { SearchBox } from '../search/SearchBox';
import { PresentThis } from './PresentThis';

export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const routeName = useLocationValue((l) => l.route.name);
  const urlLang = useLocationValue((l) => l.lang);
  const theme = usePrefs((s) => s.theme);
  const setTheme = usePrefs((s) => s.setTheme);
  const setLang = usePrefs((s) => s.setLang);

  const switchLang = () => {
    const next = lang === 'en' ? 'zh' : 'en';
    setLang(next);
    // A language in the URL would override the preference: rewrite it rather than fight it.
    if (urlLang) {
      const hash = currentHash().replace(/([?&])lang=(en|zh)/, `$1lang=${next}`);
      navigate(hash, { replace: true });
    }
  };

  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        {t('app.skip')}
      </a>
      <header className="banner" role="banner">
        <Link to="#/" className="brand" aria-label={`${t('app.name')}: ${t('nav.home')}`}>
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">{t('app.name')}</span>
        </Link>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {NAV.map((item) => {
              const current = (item.match as readonly string[]).includes(routeName);
              return (
                <li key={item.key}>
                  <Link to={item.href} aria-current={current ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="banner-tools">
          <SearchBox />
          <PresentThis />
          <button type="button" className="button button-quiet" onClick={switchLang} lang={lang === 'en' ? 'zh' : 'en'} aria-label={t('lang.switchToLabel')}>
            {t('lang.switchTo')}
          </button>
          <label className="theme-select">
            <span className="visually-hidden">{t('theme.label')}</span>
            <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              <option value="system">{t('theme.system')}</option>
              <option value="light">{t('theme.light')}</option>
              <option value="dark">{t('theme.dark')}</option>
              <option value="projector">{t('theme.projector')}</option>
            </select>
          </label>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
