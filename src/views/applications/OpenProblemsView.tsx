// Open problems (#/open-problems): section 10, organised as the survey organises it.
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { NodeOutline } from './NodeOutline';

export default function OpenProblemsView() {
  const t = useT();
  usePageTitle(t('openProblems.title'));
  return (
    <div className="page open-problems">
      <h1>{t('openProblems.title')}</h1>
      <NodeOutline root="open-problems" />
    </div>
  );
}
