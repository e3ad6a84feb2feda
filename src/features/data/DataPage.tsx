import { useTranslatedResource } from '../../components/useTranslatedResource';
import { QueryStates } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { Changelog } from './Changelog';
import { Downloads } from './Downloads';
import { Methodology } from './Methodology';
import './data.css';

/** For researchers: what the figures mean, the files behind them, and proof they are unchanged. */
export function DataPage() {
  const { t } = useI18n();
  const meta = useTranslatedResource('meta');
  const categories = useTranslatedResource('requestCategories');
  return (
    <>
      <title>{t('data.title')}</title>
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <Downloads />
      <QueryStates queries={[meta, categories]} minHeight="40rem">
        {([data, categoryList]) => <Methodology meta={data} categories={categoryList} />}
      </QueryStates>
      <Changelog />
    </>
  );
}
