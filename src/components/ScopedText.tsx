import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/namespaces';
import { Quoting } from './Quoting';
import { useScopeQuote } from './useScope';

/** A message that names whose data the report covers, the scope marked where it shows untranslated. */
export function ScopedText({ message }: { message: MessageKey }) {
  const { t } = useI18n();
  const scope = useScopeQuote();
  return <Quoting text={t(message, { scope: scope.text })} quotes={[scope]} />;
}
