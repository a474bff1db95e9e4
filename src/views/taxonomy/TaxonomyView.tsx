// The taxonomy (#/taxonomy, #/taxonomy/<nodeId>?open=…&layout=radial): the survey's structure as a
// zoomable tree beside a panel on the focused node. Everything that defines the view is in the URL:
// the focused node (path), the expanded branches (`open`, a compact bitset) and the layout.
import { useCallback, useMemo, useRef } from 'react';
import { PARADIGMS, type Root } from '../../content/vocab';
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { navigate, useLocation, updateParams } from '../../state/location';
import { hashOf } from '../../state/url';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { decodeExpanded, encodeExpanded } from './expandedParam';
import { allIds, ancestorsOf, layoutTree, type TreeSource } from './layout';
import { FocusPanel } from './FocusPanel';
import { labelWidth, truncate } from './labels';
import { TreeCanvas, type CanvasNode, type TreeCanvasHandle } from './TreeCanvas';

export default function TaxonomyView() {
  const t = useT();
  const text = useText();
  const { route, params } = useLocation();
  const focusId = route.name === 'taxonomy' ? route.nodeId : undefined;
  const { nodes, methods, formulas } = useSurvey('nodes', 'methods', 'formulas');
  const focus = focusId ? nodes.byId.get(focusId) : undefined;
  const radial = params.get('layout') === 'radial';
  const openParam = params.get('open');
  const canvas = useRef<TreeCanvasHandle | null>(null);
  usePageTitle(focus ? `${text(focus.name)} · ${t('taxonomy.title')}` : t('taxonomy.title'));

  // The five paradigms are the top level; a node of another part (e.g. §2's history) brings its root.
  const focusRoot = focus?.root;
  const source: TreeSource = useMemo(() => {
    const roots: string[] = [...PARADIGMS];
    if (focusRoot && !roots.includes(focusRoot)) roots.push(focusRoot);
    return { roots, childrenOf: (id) => nodes.byId.get(id)?.children ?? [] };
  }, [nodes, focusRoot]);
  const order = useMemo(() => allIds(source), [source]);
  const parentOf = useCallback((id: string) => nodes.byId.get(id)?.parent, [nodes]);

  const expanded = useMemo(() => {
    // Default: each paradigm shows its sub-categories. Either way, a focused node is always visible.
    const set = openParam !== null ? decodeExpanded(order, openParam) : new Set<string>(source.roots);
    if (focusId) for (const a of ancestorsOf(parentOf, focusId)) set.add(a);
    return set;
  }, [openParam, order, source, focusId, parentOf]);

  const info = useCallback(
    (id: string): CanvasNode => {
      const n = nodes.byId.get(id);
      return { name: n ? text(n.name) : id, count: n?.methodCount ?? 0, root: (n?.root ?? 'overview') as Root };
    },
    [nodes, text],
  );
  const layout = useMemo(() => {
    // Links leave a parent after its label and count, so lines never cross text.
    const linkStart = (id: string) => {
      const { name, count } = info(id);
      return 20 + labelWidth(truncate(name)) + labelWidth(` ${count}`) + 10;
    };
    return layoutTree(source, expanded, { mode: radial ? 'radial' : 'tidy', rowHeight: radial ? 24 : 34, columnWidth: radial ? 170 : 360, linkStart });
  }, [source, expanded, radial, info]);

  // An empty set is written as "A" (one zero digit), because no parameter at all means "default".
  const writeExpanded = (set: Set<string>) => updateParams({ open: encodeExpanded(order, set) || 'A' });
  const go = (id: string, push: boolean) => {
    const keep: Record<string, string> = {};
    params.forEach((v, k) => (keep[k] = v));
    navigate(hashOf({ name: 'taxonomy', nodeId: id }, keep), { replace: !push });
  };

  if (focusId && !focus) return <NotFound message={t('notFound.unknownId', { type: 'node', id: focusId })} query={focusId.replace(/-/g, ' ')} />;

  return (
    <div className="page page-wide taxonomy">
      <header className="page-header">
        <h1>{t('taxonomy.title')}</h1>
        <p className="lede">{t('taxonomy.intro')}</p>
      </header>
      <div className="tree-toolbar button-row" role="toolbar" aria-label={t('taxonomy.tree')}>
        <span className="button-group" role="group" aria-label={t('taxonomy.layout')}>
          <button type="button" className="button" aria-pressed={!radial} onClick={() => updateParams({ layout: null }, { replace: false })}>
            {t('taxonomy.layoutTidy')}
          </button>
          <button type="button" className="button" aria-pressed={radial} onClick={() => updateParams({ layout: 'radial' }, { replace: false })}>
            {t('taxonomy.layoutRadial')}
          </button>
        </span>
        <button type="button" className="button" onClick={() => updateParams({ open: 'all' })}>
          {t('taxonomy.expandAll')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            writeExpanded(new Set());
            // The focus must stay visible: it moves up to its paradigm.
            if (focus && focus.parent) go(ancestorsOf(parentOf, focus.id).at(-1) ?? focus.id, false);
          }}
        >
          {t('taxonomy.collapseAll')}
        </button>
        <button type="button" className="button" onClick={() => canvas.current?.zoomBy(1.25)} aria-label={t('taxonomy.zoomIn')}>
          +
        </button>
        <button type="button" className="button" onClick={() => canvas.current?.zoomBy(0.8)} aria-label={t('taxonomy.zoomOut')}>
          −
        </button>
        <button type="button" className="button" onClick={() => canvas.current?.fit()}>
          {t('taxonomy.fit')}
        </button>
      </div>
      <p className="muted tree-keys" id="tree-keys">
        {t('taxonomy.keys')}
      </p>
      <div className="tree-split">
        <TreeCanvas
          key={radial ? 'radial' : 'tidy'}
          layout={layout}
          info={info}
          activeId={focusId ?? null}
          label={t('taxonomy.tree')}
          radial={radial}
          onMove={(id) => go(id, false)}
          onActivate={(id) => {
            const n = layout.nodes.find((x) => x.id === id);
            go(id, true);
            if (n?.hasChildren) {
              const next = new Set(expanded);
              if (n.expanded) next.delete(id);
              else next.add(id);
              writeExpanded(next);
            }
          }}
          onToggle={(id, open) => {
            const next = new Set(expanded);
            if (open) next.add(id);
            else next.delete(id);
            writeExpanded(next);
          }}
          onExpandMany={(ids) => writeExpanded(new Set([...expanded, ...ids]))}
          controllerRef={(h) => (canvas.current = h)}
        />
        <FocusPanel focus={focus} nodes={nodes} methods={methods} formulas={formulas} />
      </div>
    </div>
  );
}
