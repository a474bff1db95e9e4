// Lecture mode (#/present, #/present/<deck>/<n>?step=k[&speaker][&print]): the deck list, a deck on
// the projector, its speaker view, or its printable handout. The reader's own deck is "my-deck".
import { useSurvey } from '../../content/survey';
import type { DeckRecord } from '../../content/schema';
import { useT, useText } from '../../i18n';
import { useLocation } from '../../state/location';
import { MY_DECK_ID, useMyDeck } from '../../state/myDeck';
import { usePageTitle } from '../../ui/usePageTitle';
import { NotFound } from '../notFound/NotFoundView';
import { DeckList } from './DeckList';
import { PrintDeck } from './PrintDeck';
import { Slideshow } from './Slideshow';

export default function PresentView() {
  const t = useT();
  const text = useText();
  const { route, params } = useLocation();
  const { decks } = useSurvey('decks');
  const mySlides = useMyDeck((s) => s.slides);
  const deckId = route.name === 'present' ? route.deckId : undefined;
  const myDeck: DeckRecord | undefined =
    deckId === MY_DECK_ID && mySlides.length > 0
      ? {
          id: MY_DECK_ID,
          title: { en: t('present.myDeck'), zh: t('present.myDeck') },
          summary: { en: '', zh: '' },
          slides: mySlides.map((s) => ({ view: s.view, title: { en: s.title, zh: s.title }, notes: { en: '', zh: '' }, steps: [] })),
        }
      : undefined;
  const deck = myDeck ?? (deckId ? decks.byId.get(deckId) : undefined);
  const slideNo = route.name === 'present' ? (route.slide ?? 1) : 1;
  const slide = deck?.slides[Math.min(slideNo, deck.slides.length) - 1];
  usePageTitle(deck ? `${slide?.title ? text(slide.title) : slideNo} · ${text(deck.title)}` : t('present.title'));

  if (deckId && !deck) {
    // Lecture routes render without the banner (and its <main>), so bring one.
    return (
      <main id="main">
        <NotFound message={t('notFound.unknownId', { type: 'deck', id: deckId })} query={deckId.replace(/-/g, ' ')} />
      </main>
    );
  }
  if (!deck) return <DeckList decks={decks.list} />;
  if (params.has('print')) return <PrintDeck deck={deck} auto={params.get('print') === 'auto'} />;
  const step = Number(params.get('step'));
  return <Slideshow deck={deck} at={{ slide: slideNo, step: Number.isInteger(step) ? step : 0 }} speaker={params.has('speaker')} />;
}
