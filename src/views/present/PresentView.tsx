// Lecture mode (#/present): the decks, and a deck's slides one at a time.
import { useSurvey } from '../../content/survey';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { Link } from '../../ui/Link';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';

export default function PresentView() {
  const t = useT();
  const text = useText();
  const { route } = useLocation();
  const { decks } = useSurvey('decks');
  const deckId = route.name === 'present' ? route.deckId : undefined;
  const deck = deckId ? decks.byId.get(deckId) : undefined;
  usePageTitle(deck ? text(deck.title) : t('present.title'));
  if (deckId && !deck) return <NotFound message={t('notFound.unknownId', { type: 'deck', id: deckId })} query={deckId.replace(/-/g, ' ')} />;
  if (deck && route.name === 'present') {
    const n = Math.min(route.slide ?? 1, deck.slides.length);
    const slide = deck.slides[n - 1];
    return (
      <div className="page present">
        <h1>{text(deck.title)}</h1>
        <p>{t('present.slide', { n, count: deck.slides.length })}</p>
        <h2>{slide.title ? text(slide.title) : slide.view}</h2>
        <p>
          <Link to={slide.view}>{slide.view}</Link>
        </p>
        <h3>{t('present.notes')}</h3>
        <p>{text(slide.notes)}</p>
      </div>
    );
  }
  return (
    <div className="page present">
      <header className="page-header">
        <h1>{t('present.title')}</h1>
        <p className="lede">{t('present.intro')}</p>
      </header>
      <ul className="card-grid">
        {decks.list.map((d) => (
          <li key={d.id} className="card">
            <h2>
              <Link to={`#/present/${d.id}/1`}>{text(d.title)}</Link>
            </h2>
            <p>{text(d.summary)}</p>
            <p className="meta">{t('present.slides', { count: d.slides.length })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
