import type { AccessControl } from '../../api/schemas';
import { useI18n } from '../../i18n/I18nProvider';

export function FrameworkList({ mappings }: { mappings: AccessControl['frameworks'] }) {
  const { t } = useI18n();
  return (
    <ul className="plain-list">
      {mappings.map((mapping) => (
        <li key={`${mapping.framework}-${mapping.reference}`}>
          {t(`framework.${mapping.framework}`)} {mapping.reference}
        </li>
      ))}
    </ul>
  );
}
