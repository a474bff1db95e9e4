// Demos (#/demos): the four live demos, each beside the formula it animates.
import { DEMOS } from '../../content/vocab';
import { useT } from '../../i18n';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';

export default function DemosView() {
  const t = useT();
  usePageTitle(t('demos.title'));
  return (
    <div className="page demos">
      <header className="page-header">
        <h1>{t('demos.title')}</h1>
        <p className="lede">{t('demos.intro')}</p>
      </header>
      <ul className="card-grid">
        {DEMOS.map((d) => (
          <li key={d} className="card">
            <h2>
              <Link to={`#/demos/${d}`}>{t(`demos.${d}`)}</Link>
            </h2>
            <p>{t(`demos.${d}Body`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
