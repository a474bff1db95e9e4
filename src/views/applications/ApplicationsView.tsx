// Applications (#/applications): section 9, organised as the survey organises it.
import { useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';
import { NodeOutline } from './NodeOutline';

export default function ApplicationsView() {
  const t = useT();
  usePageTitle(t('applications.title'));
  return (
    <div className="page applications">
      <h1>{t('applications.title')}</h1>
      <NodeOutline root="applications" />
    </div>
  );
}
