// Which view renders which route. Views load with their route (code splitting): the overview never
// downloads the timeline, the demos or KaTeX.
import { lazy, type ComponentType } from 'react';
import type { RouteName } from '../state/url';

type View = ComponentType;

export const VIEWS: Record<RouteName, View> = {
  home: lazy(() => import('../views/home/HomeView')),
  taxonomy: lazy(() => import('../views/taxonomy/TaxonomyView')),
  method: lazy(() => import('../views/method/MethodView')),
  search: lazy(() => import('../views/search/SearchView')),
  timeline: lazy(() => import('../views/timeline/TimelineView')),
  formulas: lazy(() => import('../views/formulas/FormulasView')),
  demos: lazy(() => import('../views/demos/DemosView')),
  datasets: lazy(() => import('../views/datasets/DatasetsView')),
  tables: lazy(() => import('../views/tables/TablesView')),
  applications: lazy(() => import('../views/applications/ApplicationsView')),
  'open-problems': lazy(() => import('../views/applications/OpenProblemsView')),
  present: lazy(() => import('../views/present/PresentView')),
  notFound: lazy(() => import('../views/notFound/NotFoundView')),
};

/** The banner's navigation, in order; `match` says which routes light each item up. */
export const NAV = [
  { key: 'nav.home', href: '#/', match: ['home'] },
  { key: 'nav.taxonomy', href: '#/taxonomy', match: ['taxonomy', 'method'] },
  { key: 'nav.timeline', href: '#/timeline', match: ['timeline'] },
  { key: 'nav.formulas', href: '#/formulas', match: ['formulas'] },
  { key: 'nav.demos', href: '#/demos', match: ['demos'] },
  { key: 'nav.datasets', href: '#/datasets', match: ['datasets', 'tables'] },
  { key: 'nav.present', href: '#/present', match: ['present'] },
] as const satisfies readonly { key: string; href: string; match: readonly RouteName[] }[];
