// "Export BibTeX" for a selection (search results, a taxonomy node's methods, a filtered table): the
// references of the selected records, deduplicated, as one .bib file. Doubtful citations keep their
// warning in a `note` field (in English, like the rest of a .bib file) so nobody cites a slip unknowingly.
import { bibtexEntries } from '../content/bibtex';
import type { ResolvedCitation } from '../content/schema';
import { useSurvey } from '../content/survey';
import { useT } from '../i18n';
import { downloadText } from './download';

export function ExportBibtex({ citations, fileName, label }: { citations: readonly ResolvedCitation[]; fileName: string; label?: string }) {
  const t = useT();
  const { references } = useSurvey('references');
  if (citations.length === 0) return null;
  const notes = new Map(citations.filter((c) => c.doubtful).map((c) => [c.ref, `Doubtful citation in the survey: ${c.doubtful!.en}`]));
  const ids = [...new Set(citations.map((c) => c.ref))];
  return (
    <button type="button" className="button" onClick={() => downloadText(bibtexEntries(references.list, ids, notes), fileName, 'application/x-bibtex')}>
      {label ?? t('common.exportBibtex', { count: ids.length })}
    </button>
  );
}
