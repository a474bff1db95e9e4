// The taxonomy (#/taxonomy, #/taxonomy/<nodeId>): the survey's structure as a nested list, with the
// focused node's summary and methods beside it.
import { PARADIGMS } from '../../content/vocab';
import { useSurvey, type Indexed } from '../../content/survey';
import type { ResolvedNode } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';

function Branch({ id, nodes, focus }: { id: string; nodes: Indexed<ResolvedNode>; focus?: string }) {
  const text = useText();
  const n = nodes.byId.get(id);
  if (!n) return null;
  return (
    <li>
      <Link to={`#/taxonomy/${n.id}`} aria-current={focus === n.id ? 'location' : undefined}>
        {text(n.name)}
      </Link>{' '}
      <span className="count">({n.methodCount})</span>
      {n.children.length > 0 && (
        <ul>
          {n.children.map((c) => (
            <Branch key={c} id={c} nodes={nodes} focus={focus} />
          ))}
        </ul>
      )}
    </li>
  );
}

export default function TaxonomyView() {
  const t = useT();
  const text = useText();
  const { route } = useLocation();
  const focusId = route.name === 'taxonomy' ? route.nodeId : undefined;
  const { nodes, methods } = useSurvey('nodes', 'methods');
  const focus = focusId ? nodes.byId.get(focusId) : undefined;
  usePageTitle(focus ? text(focus.name) : t('taxonomy.title'));
  if (focusId && !focus) return <NotFound message={t('notFound.unknownId', { type: 'node', id: focusId })} query={focusId.replace(/-/g, ' ')} />;

  return (
    <div className="page taxonomy">
      <header className="page-header">
        <h1>{t('taxonomy.title')}</h1>
        <p className="lede">{t('taxonomy.intro')}</p>
      </header>
      <div className="split">
        <nav aria-label={t('taxonomy.tree')} className="taxonomy-list">
          <ul>
            {PARADIGMS.map((p) => (
              <Branch key={p} id={p} nodes={nodes} focus={focusId} />
            ))}
          </ul>
        </nav>
        {focus && (
          <section className="panel" aria-labelledby="focus-h">
            <Breadcrumbs nodes={nodes} id={focus.id} label={t('taxonomy.tree')} />
            <h2 id="focus-h">{text(focus.name)}</h2>
            {focus.section && <p className="meta">{t('taxonomy.section', { section: focus.section })}</p>}
            <p>{text(focus.summary)}</p>
            <h3>{t('taxonomy.methodsHere')}</h3>
            {focus.methods.length === 0 ? (
              <p className="muted">{t('taxonomy.noMethods')}</p>
            ) : (
              <ul className="chip-list">
                {focus.methods.map((mid) => {
                  const m = methods.byId.get(mid);
                  return (
                    <li key={mid}>
                      <Link to={m ? `#/method/${mid}` : `#/datasets/${mid}`}>{m?.name ?? mid}</Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
