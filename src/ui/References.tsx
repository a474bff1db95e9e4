// A list of citations: the bibliography entry, its links (arXiv, official paper list), and a
// visible warning when the survey's citation for this item looks wrong.
import type { Indexed } from '../content/survey';
import type { ReferenceRecord, ResolvedCitation } from '../content/schema';
import { useT, useText } from '../i18n';

export function ReferenceList({ refs, references }: { refs: readonly ResolvedCitation[]; references: Indexed<ReferenceRecord> }) {
  const t = useT();
  const text = useText();
  if (refs.length === 0) return <p className="muted">{t('method.noReference')}</p>;
  return (
    <ul className="references">
      {refs.map((c) => {
        const r = references.byId.get(c.ref);
        if (!r) return null;
        return (
          <li key={c.ref} className={c.doubtful ? 'reference doubtful' : 'reference'}>
            <span className="ref-num">[{r.num}]</span> <span className="ref-raw">{r.raw}</span>
            <span className="ref-links">
              {r.arxiv && (
                <a href={`https://arxiv.org/abs/${r.arxiv}`} rel="noreferrer">
                  {t('ref.arxiv')}:{r.arxiv}
                </a>
              )}
              {r.paperList && (
                <a href={r.paperList} rel="noreferrer">
                  {t('ref.paperList')}
                </a>
              )}
            </span>
            {c.doubtful && (
              <p className="doubtful-note">
                <strong>
                  <span aria-hidden="true">⚠ </span>
                  {t('method.doubtful')}:
                </strong>{' '}
                {text(c.doubtful)}
              </p>
            )}
            {c.note && <p className="muted">{text(c.note)}</p>}
          </li>
        );
      })}
    </ul>
  );
}
