import { useTranslatedResource } from './useTranslatedResource';
import { useI18n } from '../i18n/I18nProvider';

/** Whose data the report covers ("US user data"), as the metadata says; neutral words until it loads. */
export function useScope(): string {
  const { t } = useI18n();
  const meta = useTranslatedResource('meta');
  return meta.data?.scope ?? t('shell.defaultScope');
}
