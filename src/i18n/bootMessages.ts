import type { Locale } from './locale';

/**
 * The words a page needs when its own code or messages fail to load, a sentence and a button per
 * language: the build writes a page's into its inline script (src/build/firstPaint.ts), since no
 * code of the page's may have arrived to say so.
 */
export interface BootWords {
  failed: string;
  retry: string;
}

export const bootMessages: Record<Locale, BootWords> = {
  en: {
    failed: 'This page could not finish loading. Check your connection, then retry.',
    retry: 'Retry',
  },
  fr: {
    failed: 'Cette page n’a pas pu finir de se charger. Vérifiez votre connexion, puis réessayez.',
    retry: 'Réessayer',
  },
  es: {
    failed: 'No se pudo terminar de cargar esta página. Revise su conexión y vuelva a intentarlo.',
    retry: 'Reintentar',
  },
  'zh-Hans': {
    failed: '此页面未能完成加载。请检查网络连接，然后重试。',
    retry: '重试',
  },
  ar: {
    failed: 'تعذّر إكمال تحميل هذه الصفحة. تحقّق من اتصالك، ثم أعد المحاولة.',
    retry: 'إعادة المحاولة',
  },
};
