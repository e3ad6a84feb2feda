import { useResource } from './useResource';
import { QueryState } from '../components/QueryState';
import { countByStatus } from '../features/overview/keyFigures';
import { useI18n } from '../i18n/I18nProvider';
import { useDataLanguage } from '../components/useDataLanguage';
import { WidgetFooter } from './WidgetFooter';

export function ControlsView() {
  const { t } = useI18n();
  const controls = useResource('accessControls');
  const dataLanguage = useDataLanguage();
  return (
    <>
      <h1 className="widget-title">{t('widget.title.controls')}</h1>
      <QueryState query={controls} minHeight="20rem">
        {(items) => {
          const status = countByStatus(items);
          return (
            <>
              <p>{t('widget.controls.summary', status)}</p>
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-label={t('table.region', { name: t('widget.controls.caption') })}
              >
                <table>
                  <caption>{t('widget.controls.caption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('controls.col.id')}</th>
                      <th scope="col">{t('controls.col.title')}</th>
                      <th scope="col">{t('controls.col.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((control) => (
                      <tr key={control.id}>
                        <th scope="row" className="short-label">
                          {control.id}
                        </th>
                        <td lang={dataLanguage(control, 'title')}>{control.title}</td>
                        <td className="short-words">{t(`status.${control.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <WidgetFooter page="access-controls" />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
