import type { Translation } from '../../translation';
import type { widget as source } from '../en/widget';

/** الرسائل العربية لمساحة الأسماء widget. */
export const widget: Translation<typeof source> = {
  'widget.title.stats': 'الأرقام الرئيسية: {scope}',
  'widget.title.map': 'أين تُخزَّن {scope}',
  'widget.title.requests': 'طلبات الحصول على {scope}، {period}',
  'widget.title.controls': 'ضوابط وصول الموظفين',
  'widget.landmark': 'أداة الشفافية',
  'widget.fullReport': 'عرض التقرير الكامل',
  'widget.stale': 'نُشرت أرقام أحدث منذ إعداد هذا العرض: راجع التقرير الكامل.',
  'widget.newTab': '(يُفتح في علامة تبويب جديدة)',
  'widget.source': 'المصدر: {org}، إصدار البيانات {version}.',
  'widget.problem.title': 'لا يمكن عرض هذه الأداة بالإعدادات الحالية.',
  'widget.problem.missingView': 'أضف view= بإحدى القيم: stats، map، requests، controls.',
  'widget.problem.badValue': '«{value}» ليست قيمة صالحة للمعامل {name}. القيم المسموح بها: {allowed}.',
  'widget.problem.badPeriod': '«{value}» ليست فترة صالحة. الفترة سنة أو نصف سنة أو ربع سنة، وتُكتب مثل {examples}.',
  'widget.problem.unknownParameter': 'معامل غير معروف «{name}». المعاملات المسموح بها: view، lang، theme، period.',
  'widget.problem.unknownPeriod': 'لا تتضمن البيانات فترة «{period}». الفترات المتاحة: {periods}.',
  'widget.requests.caption': 'الطلبات الواردة والتي أفضت إلى إفصاح حسب الفئة، {period}',
  'widget.controls.summary':
    'الضوابط المطبَّقة: {implemented} من أصل {total}، والمطبَّقة جزئيًا: {partial}، والمُخطَّط لها: {planned}.',
  'widget.controls.caption': 'ضوابط وصول الموظفين وحالاتها',
};
