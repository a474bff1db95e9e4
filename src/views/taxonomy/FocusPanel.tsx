// The side panel of the taxonomy: where the focused node sits, what the group is for, its methods
// (with year), its sub-categories, and the formulas and demos that belong to it.
import type { Indexed } from '../../content/survey';
import type { FormulaRecord, ResolvedMethod, ResolvedNode } from '../../content/schema';
import { useT, useText, type MessageKey } from '../../i18n';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Link } from '../../ui/Link';
import { LinkedText } from '../../ui/LinkedText';
import { ExportBibtex } from '../../ui/ExportBibtex';

interface Props {
  focus: ResolvedNode | undefined;
  nodes: Indexed<ResolvedNode>;
  methods: Indexed<ResolvedMethod>;
  formulas: Indexed<FormulaRecord>;
}

export function FocusPanel({ focus, nodes, methods, formulas }: Props) {
  const t = useT();
  const text = useText();
  if (!focus) {
    return (
      <aside className="panel tree-panel" aria-label={t('taxonomy.tree')}>
        <p className="muted">{t('taxonomy.pickNode')}</p>
      </aside>
    );
  }
  // Featured methods first, then the rest in content order; methods before datasets.
  const here = [...new Set([...focus.featured, ...focus.methods])];
  // Formulas: the node's own, then those of its methods.
  const formulaIds = [...new Set([...focus.formulas, ...here.flatMap((id) => methods.byId.get(id)?.formulas ?? [])])].filter((id) => formulas.byId.has(id));
  return (
    <aside className="panel tree-panel" aria-labelledby="focus-h">
      <Breadcrumbs nodes={nodes} id={focus.id} label={t('taxonomy.tree')} />
      <h2 id="focus-h">{text(focus.name)}</h2>
      <p className="meta">
        {focus.section && <>{t('taxonomy.section', { section: focus.section })} · </>}
        {t('taxonomy.count', { count: focus.methodCount })}
      </p>
      <p>
        <LinkedText text={text(focus.summary)} />
      </p>
      {focus.demos.length > 0 && (
        <p className="button-row">
          <span>{t('taxonomy.demosHere')}:</span>
          {focus.demos.map((d) => (
            <Link key={d} className="button" to={`#/demos/${d}`}>
              {t(`demos.${d}` as MessageKey)}
            </Link>
          ))}
        </p>
      )}
      <h3>{t('taxonomy.methodsHere')}</h3>
      {here.length === 0 ? (
        <p className="muted">{t('taxonomy.noMethods')}</p>
      ) : (
        <ul className="chip-list">
          {here.map((id) => {
            const m = methods.byId.get(id);
            return (
              <li key={id}>
                <Link to={m ? `#/method/${id}` : `#/datasets/${id}`}>{m?.name ?? id}</Link>
                {m?.year ? <span className="meta"> {m.year}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
      {focus.children.length > 0 && (
        <>
          <h3>{t('taxonomy.children')}</h3>
          <ul>
            {focus.children.map((c) => {
              const n = nodes.byId.get(c);
              return n ? (
                <li key={c}>
                  <Link to={`#/taxonomy/${c}`}>{text(n.name)}</Link> <span className="meta">({n.methodCount})</span>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
      {formulaIds.length > 0 && (
        <>
          <h3>{t('taxonomy.formulasHere')}</h3>
          <ul>
            {formulaIds.map((id) => (
              <li key={id}>
                <Link to={`#/formulas/${id}`}>{text(formulas.byId.get(id)!.title)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="button-row">
        <Link to={`#/search?q=${encodeURIComponent(`in:${focus.id}`)}`}>{t('taxonomy.searchHere')}</Link>
        <Link to={`#/timeline?node=${focus.id}`}>{t('timeline.showOnTimeline')}</Link>
        <ExportBibtex citations={here.flatMap((id) => methods.byId.get(id)?.refs ?? [])} fileName={`polm-${focus.id}.bib`} />
      </p>
    </aside>
  );
}
