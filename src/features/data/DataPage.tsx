import { useQuery } from '@tanstack/react-query';
import { metaQuery } from '../../api/queries';
import { QueryState } from '../../components/QueryState';
import { useI18n } from '../../i18n/I18nProvider';
import { Changelog } from './Changelog';
import { Downloads } from './Downloads';
import { Methodology } from './Methodology';
import './data.css';

/** For researchers: what the figures mean, the files behind them, and proof they are unchanged. */
export function DataPage() {
  const { t } = useI18n();
  const meta = useQuery(metaQuery());
  return (
    <>
      <title>{t('data.title')}</title>
      <h1>{t('data.title')}</h1>
      <p className="lead">{t('data.intro')}</p>
      <Downloads />
      <QueryState query={meta} minHeight="40rem">
        {(data) => <Methodology meta={data} />}
      </QueryState>
      <Changelog />
    </>
  );
}
