import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../i18n/I18nProvider';
import type { Locale } from '../../i18n/locale';
import { loadDictionary } from '../../i18n/namespaces';
import { createTranslator, type Translator } from '../../i18n/translator';
import type { WidgetView } from '../../lib/widgetParams';

const frameTitle = ({ t }: Pick<Translator, 't'>, view: WidgetView) =>
  t('embed.frameTitle', { view: t(`embed.view.${view}`) });

/**
 * The title of a widget's frame in the widget's language, which the page that embeds it reads it in
 * (this page's language may differ): null while that language's messages load. Should they fail to
 * load, the title falls back to this page's language rather than leave the code unwritten.
 */
export function useFrameTitle(view: WidgetView, lang: Locale): string | null {
  const i18n = useI18n();
  const other = lang !== i18n.locale;
  const messages = useQuery({
    queryKey: ['messages', lang, 'embed'],
    queryFn: () => loadDictionary(lang, ['embed']),
    enabled: other,
    staleTime: Infinity,
    retry: false,
  });
  if (!other || messages.isError) return frameTitle(i18n, view);
  return messages.data ? frameTitle(createTranslator(lang, messages.data), view) : null;
}
