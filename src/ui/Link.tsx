// An in-app link. Keeps the current `?lang=` when the URL carries one, so a shared Chinese link stays
// Chinese as the reader clicks around.
import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useLocationValue } from '../state/location';

export function withLang(hash: string, lang: string | null): string {
  if (!lang || /[?&]lang=/.test(hash)) return hash;
  return hash + (hash.includes('?') ? '&' : '?') + `lang=${lang}`;
}

export function Link({ to, children, ...rest }: { to: string; children: ReactNode } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const lang = useLocationValue((l) => l.lang);
  return (
    <a href={withLang(to, lang)} {...rest}>
      {children}
    </a>
  );
}
