// Datasets (#/datasets, #/datasets/<id>): the survey's datasets as a table, and one page per dataset.
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Link } from '../../ui/Link';
import { ReferenceList } from '../../ui/References';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { LinkedText } from '../../ui/LinkedText';

export default function DatasetsView() {
  const t = useT();
  const text = useText();
  const { route } = useLocation();
  const id = route.name === 'datasets' ? route.id : undefined;
  const { datasets, references, nodes } = useSurvey('datasets', 'references', 'nodes');
  const d = id ? datasets.byId.get(id) : undefined;
  usePageTitle(d ? d.name : t('datasets.title'));
  if (id && !d) return <NotFound message={t('notFound.unknownId', { type: t('kind.dataset'), id })} query={id.replace(/-/g, ' ')} />;
  if (d) {
    return (
      <article className="page dataset-page">
        <header className="page-header">
          <p className="eyebrow">
            <Link to="#/datasets">{t('datasets.title')}</Link>
          </p>
          <h1>{d.name}</h1>
        </header>
        {d.nodes.map((n) => (
          <Breadcrumbs key={n} nodes={nodes} id={n} label={t('method.placements')} />
        ))}
        <p>
          <LinkedText text={text(d.summary)} />
        </p>
        <dl className="facts">
          <div><dt>{t('datasets.category')}</dt><dd>{d.category}</dd></div>
          {d.size && <div><dt>{t('datasets.size')}</dt><dd>{d.size.label} ({d.size.unit})</dd></div>}
          <div><dt>{t('datasets.languages')}</dt><dd>{d.languages.join(', ')}</dd></div>
          <div><dt>{t('datasets.stages')}</dt><dd>{d.stages.join(', ')}</dd></div>
          {d.origin && <div><dt>{t('datasets.origin')}</dt><dd>{d.origin}</dd></div>}
          {d.release && <div><dt>{t('datasets.release')}</dt><dd>{d.release}</dd></div>}
        </dl>
        <h2>{t('method.reference')}</h2>
        <ReferenceList refs={d.refs} references={references} />
      </article>
    );
  }
  return (
    <div className="page datasets">
      <header className="page-header">
        <h1>{t('datasets.title')}</h1>
        <p className="lede">{t('datasets.intro')}</p>
        <p><Link to="#/tables">{t('tables.title')}</Link></p>
      </header>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('datasets.name')}</th>
              <th scope="col">{t('datasets.category')}</th>
              <th scope="col">{t('datasets.size')}</th>
              <th scope="col">{t('datasets.languages')}</th>
              <th scope="col">{t('datasets.stages')}</th>
              <th scope="col">{t('datasets.origin')}</th>
              <th scope="col">{t('datasets.release')}</th>
            </tr>
          </thead>
          <tbody>
            {datasets.list.map((x) => (
              <tr key={x.id}>
                <th scope="row"><Link to={`#/datasets/${x.id}`}>{x.name}</Link></th>
                <td>{x.category}</td>
                <td>{x.size?.label ?? '–'}</td>
                <td>{x.languages.join(', ')}</td>
                <td>{x.stages.join(', ')}</td>
                <td>{x.origin ?? '–'}</td>
                <td>{x.release ?? x.year ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
