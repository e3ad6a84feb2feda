import type { Translation } from '../../translation';
import type { embed as source } from '../en/embed';

/** الرسائل العربية لمساحة الأسماء embed. */
export const embed: Translation<typeof source> = {
  'embed.title': 'تضمين الأرقام في موقعك',
  'embed.intro':
    'اختر طريقة عرض، وشاهدها مباشرةً، ثم انسخ الشيفرة إلى أي صفحة ويب. تحمّل الأداة بياناتها من هذا الموقع فقط: لا ملفات تعريف ارتباط، ولا تخزين، ولا طلبات إلى أطراف ثالثة.',
  'embed.options': 'الخيارات',
  'embed.view': 'طريقة العرض',
  'embed.view.stats': 'الأرقام الرئيسية',
  'embed.view.map': 'خريطة مواقع التخزين',
  'embed.view.requests': 'رسم بياني للطلبات',
  'embed.view.controls': 'ضوابط الوصول',
  'embed.lang': 'اللغة',
  'embed.theme': 'المظهر',
  'embed.period': 'الفترة (عرض الطلبات)',
  'embed.period.latest': 'الأحدث',
  'embed.preview': 'معاينة مباشرة',
  'embed.frameTitle': 'أداة الشفافية: {view}',
  'embed.code': 'شيفرة التضمين',
  'embed.copy': 'نسخ الشيفرة',
  'embed.copied': 'نُسخت الشيفرة.',
  'embed.copyFailed': 'تعذّر النسخ: حدّد الشيفرة وانسخها يدويًا.',
  'embed.notes': 'لأصحاب المواقع',
  'embed.notes.params': 'معاملات widget.html:',
  'embed.notes.view': 'view: stats أو map أو requests أو controls (إلزامي).',
  'embed.notes.lang': 'lang: {codes} (القيمة الافتراضية en).',
  'embed.notes.theme': 'theme: light أو dark أو auto (القيمة الافتراضية auto، وهي تتبع إعداد نظام القارئ).',
  'embed.notes.period': 'period: فترة إبلاغ مثل {example}، لعرض الطلبات (القيمة الافتراضية: الأحدث).',
  'embed.notes.message':
    'كلما تغيّر ارتفاع الأداة، ترسل {message} إلى الصفحة الأم. ويضبط النص البرمجي المضيف ارتفاع الإطار الذي أرسلها، بعد التحقق من المرسِل ومصدره، مع حدٍّ أقصى للارتفاع قدره {max} بكسل. وتتغير أحجام الأدوات المتعددة في الصفحة الواحدة باستقلال بعضها عن بعض. ومن دون النص البرمجي، يحتفظ الإطار بارتفاعه الافتراضي ويُمرَّر محتواه داخله.',
  'embed.notes.csp':
    'لتحديد المواقع المسموح لها بتضمين الأداة في إطار، قدّم widget.html مع ترويسة Content-Security-Policy مثل {header}.',
};
