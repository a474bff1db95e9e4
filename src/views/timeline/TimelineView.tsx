// The timeline (#/timeline): history milestones and Figure 3's boxes, year by year.
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { LinkedText } from '../../ui/LinkedText';

export default function TimelineView() {
  const t = useT();
  const text = useText();
  const { timeline } = useSurvey('timeline');
  usePageTitle(t('timeline.title'));
  const years = [...new Set(timeline.list.map((e) => e.year))].sort((a, b) => a - b);
  return (
    <div className="page timeline">
      <header className="page-header">
        <h1>{t('timeline.title')}</h1>
        <p className="lede">{t('timeline.intro')}</p>
      </header>
      {years.map((y) => (
        <section key={y} aria-labelledby={`y-${y}`}>
          <h2 id={`y-${y}`}>{y}</h2>
          <ul className="link-list">
            {timeline.list
              .filter((e) => e.year === y)
              .map((e) => (
                <li key={e.id} id={e.id}>
                  {e.milestone && <strong>{t('timeline.milestone')}: </strong>}
                  {e.methods[0] ? <Link to={`#/method/${e.methods[0]}`}>{text(e.title) || e.label}</Link> : text(e.title) || e.label}
                  {e.summary && <> — <LinkedText text={text(e.summary)} /></>}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
