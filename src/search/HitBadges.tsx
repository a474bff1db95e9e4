// The small facts shown with a search hit: its type or kind, its year, and the paradigms it sits in
// (letter mark + colour, so colour never carries the meaning alone).
import type { SearchDoc } from './documents.ts';
import type { Root } from '../content/vocab';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';
import { ROOT_MARK, rootColor } from '../ui/paradigm';

export function HitBadges({ doc, rootName }: { doc: SearchDoc; rootName: (root: string) => string }) {
  const t = useT();
  const label = doc.type === 'method' && doc.kind ? t(`kind.${doc.kind}` as MessageKey) : t(`type.${doc.type}` as MessageKey);
  return (
    <span className="hit-badges">
      <span className="badge">{label}</span>
      {doc.year !== null && <span className="badge badge-year">{doc.year}</span>}
      {doc.roots.map((r) => (
        <span key={r} className="root-mark" style={{ borderColor: rootColor(r as Root), color: rootColor(r as Root) }} title={rootName(r)}>
          <span aria-hidden="true">{ROOT_MARK[r as Root] ?? '?'}</span>
          <span className="visually-hidden">{rootName(r)}</span>
        </span>
      ))}
    </span>
  );
}
