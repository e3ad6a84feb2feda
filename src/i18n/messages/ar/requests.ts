import type { Translation } from '../../translation';
import type { requests as source } from '../en/requests';

/** الرسائل العربية لمساحة الأسماء requests. */
export const requests: Translation<typeof source> = {
  'requests.title': 'طلبات الحصول على {scope}',
  'requests.intro': 'عدد طلبات الحصول على {scope} التي وردت، وعدد ما أفضى منها إلى إفصاح، حسب الفترة والفئة والبلد.',
  'requests.filters': 'تصفية الطلبات',
  'requests.filter.from': 'من',
  'requests.filter.to': 'إلى',
  'requests.filter.types': 'الفئات',
  'requests.filter.country': 'البلد',
  'requests.filter.allCountries': 'جميع البلدان',
  'requests.filter.reset': 'إعادة ضبط عوامل التصفية',
  'requests.ignored': 'يطلب هذا العنوان ما لا تتضمنه البيانات، لذا لم يُطبَّق: {filters}.',
  'requests.ignored.period': 'الفترة «{value}»',
  'requests.ignored.country': 'البلد «{value}»',
  'requests.ignored.category': 'الفئة «{value}»',
  'requests.empty': 'لا يوجد طلب يطابق عوامل التصفية هذه.',
  'requests.legend': 'كيفية قراءة الرسوم البيانية',
  'requests.legend.received': 'الواردة (عمود بإطار فقط)',
  'requests.legend.disclosed': 'أفضت إلى إفصاح (عمود ممتلئ)',
  'requests.legend.zero': 'صفر فعلي: يُرسم خطًّا رفيعًا ويُوسَم بالرقم 0',
  'requests.legend.range':
    'نطاق: مُظلَّل بخطوط مائلة حيث تكون القيمة غير مؤكدة، لأن الرقم حُجب (<5، أي «أقل من 5») أو نُشر في شكل شريحة (0–249)',
  'requests.legend.atLeast': 'على الأقل: بعض الأجزاء غير منشورة، لذا لا يُعرف إلا حدٌّ أدنى (≥)',
  'requests.legend.notReported': 'غير منشور (غ.م): لم يُنشر أي رقم؛ وهذا ليس صفرًا',
  'requests.legend.share': 'نسبة (%): يذكر التقرير النسبة المئوية للطلبات التي قُدِّمت فيها بعض البيانات، لا عددها',
  'requests.byPeriod.title': 'الطلبات الواردة وحالات الإفصاح، حسب الفترة والفئة',
  'requests.byPeriod.summary':
    'من {first} إلى {last}، بلغ عدد الطلبات الواردة {received}، وأفضى {disclosed} منها إلى إفصاح، للفئات المعروضة.',
  'requests.byPeriod.summaryUnknown':
    'من {first} إلى {last}، بلغ عدد الطلبات الواردة {received}. ولا تبيّن الأرقام المنشورة عدد ما أفضى منها إلى إفصاح.',
  'requests.byPeriod.panel': '{type}: الواردة {received}، والتي أفضت إلى إفصاح {disclosed}',
  'requests.byCountry.title': 'حسب البلد، {period}',
  'requests.byCountry.period': 'فترة الرسم البياني حسب البلد',
  'requests.byCountry.summary':
    'في {period}، ورد أكبر عدد من الطلبات من {top}. وتُجمَع البلدان التي تأتي بعد أول {n} بلدان تحت «بلدان أخرى».',
  'requests.byCountry.summaryOne': 'في {period}، وردت الطلبات من {top} فقط.',
  'requests.others': 'بلدان أخرى ({count})',
  'requests.rate.title': 'معدل الإفصاح، حسب الفترة',
  'requests.rate.summary':
    'نسبة الطلبات التي أفضت إلى إفصاح، للفئات المعروضة، مع ترجيح النسب المنشورة بعدد طلباتها. وحيث يكون رقم محجوبًا يكون المعدل نطاقًا، وحيث يكون رقم غير منشور يتعذّر حسابه.',
  'requests.rate.unknown': 'يتعذّر حسابه',
  'requests.rate.noRequests': 'لا طلبات',
  'requests.table.show': 'عرض البيانات في جدول',
  'requests.table.period': 'الفترة',
  'requests.table.type': 'الفئة',
  'requests.table.country': 'البلد',
  'requests.table.received': 'الواردة',
  'requests.table.disclosed': 'أفضت إلى إفصاح',
  'requests.table.accounts': 'الحسابات المحدَّدة',
  'requests.table.rate': 'معدل الإفصاح',
  'requests.csv': 'تنزيل بيانات هذا الرسم البياني (CSV)',
  'requests.chart.received': 'الواردة',
  'requests.chart.disclosed': 'أفضت إلى إفصاح',
  'requests.chart.rate': 'معدل الإفصاح',
  'requests.chart.keyboard': 'رسم بياني: استخدم مفاتيح الأسهم للتنقل بين الفترات.',
};
