import { apiFileUrl } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages/en';

interface Props {
  title: MessageKey;
  apiFiles: string[];
}

/** An honest stand-in for a page that a later issue builds. */
export function PagePlaceholder({ title, apiFiles }: Props) {
  const { t } = useI18n();
  return (
    <section>
      <title>{t(title)}</title>
      <h1>{t(title)}</h1>
      <p>{t('placeholder.body')}</p>
      <ul>
        {apiFiles.map((file) => (
          <li key={file}>
            <a href={apiFileUrl(file)}>{`/api/v1/${file}`}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
