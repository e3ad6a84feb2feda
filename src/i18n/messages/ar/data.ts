import type { Translation } from '../../translation';
import type { data as source } from '../en/data';

/** الرسائل العربية لمساحة الأسماء data. */
export const data: Translation<typeof source> = {
  'data.title': 'البيانات والمنهجية',
  'data.intro':
    'معنى الأرقام، ومصدرها، وكل ملف تستند إليه، مع قيم تجزئة تتيح لأي شخص التحقق من أن الملف الذي نزّله هو الملف المنشور.',
  'data.methodology': 'المنهجية والتعريفات',
  'data.requesterTypes': 'فئات الطلبات',
  'data.headlineCategory': 'يتعلق الرقم الرئيسي بهذه الفئة.',
  'data.receivedDisclosed': 'الطلبات الواردة والإفصاح',
  'data.received': 'الواردة: يُحتسب الطلب مرة واحدة عند وروده، أيًّا كانت نتيجته.',
  'data.disclosed':
    'أفضت إلى إفصاح: طلبٌ سُلِّم بموجبه جزء من بيانات المستخدمين (بيانات محتوى أو بيانات غير متعلقة بالمحتوى). ولا يُعدّ إفصاحًا الطلبُ المرفوض أو المسحوب أو الذي رُدّ عليه دون تقديم أي بيانات.',
  'data.countKinds': 'أنواع الأرقام',
  'data.count.exact': 'عدد. ويعني 0 أن الرقم أُحصي وأن قيمته صفر.',
  'data.count.suppressed':
    'محجوب، مثل «أقل من 5». تُحجب الأرقام الصغيرة حتى لا يمكن التعرّف على أي تحقيق بعينه. وتقع القيمة الحقيقية بين 0 و4.',
  'data.count.band':
    'شريحة، مثل «0–249». تسمح بعض القوانين بنشر أنواع معينة من الطلبات في مثل هذه الشرائح فقط (في الولايات المتحدة، طلبات الأمن القومي).',
  'data.count.notReported':
    'غير منشور. لم يُنشر أي رقم، لأنه لم يُجمع مثلًا. ولا يُعرض أبدًا على أنه 0، وتُوصف المجاميع التي تشمله بعبارة «على الأقل».',
  'data.count.share':
    'نسبة، مثل «62%»: تذكر بعض التقارير النسبة المئوية للطلبات التي قُدِّمت فيها بعض البيانات، لا عددها. تُعرض النسبة نسبةً مئوية ولا تُحوَّل أبدًا إلى عدد؛ ومجموع الصفوف التي تنشر نسبًا هو نسبةٌ من مجموع طلباتها، مع ترجيح كل نسبة بعدد طلباتها، ويكون نطاقًا حين تكون تلك الطلبات نفسها نطاقًا.',
  'data.accounts':
    'الحسابات المحدَّدة: عدد الحسابات المذكورة في الطلبات، حيثما يورده التقرير. وقد يذكر الطلب الواحد حسابات كثيرة.',
  'data.count.totals':
    'لا تُحسب المجاميع أبدًا كما لو كانت الأجزاء المحجوبة معروفة: فالمجموع الذي يتضمن أجزاء محجوبة أو منشورة في شرائح يكون نطاقًا، والمجموع الذي يتضمن جزءًا غير منشور يُذكر على أنه جزؤه المعروف «على الأقل».',
  'data.storage': 'التخزين الرئيسي والاحتياطي',
  'data.storage.primary': 'الرئيسي: حيث تُخزَّن البيانات وتُقدَّم منه في التشغيل العادي.',
  'data.storage.backup':
    'الاحتياطي: نسخة مشفّرة تُحفظ للتعافي من الكوارث، وتُنسخ من الموقع الرئيسي؛ ولا تُستخدم لخدمة المستخدمين.',
  'data.periods': 'فترات الإبلاغ',
  'data.periods.text.year': 'تُنشر الأرقام لكل سنة. والبيانات بتاريخ {asOf}، وكان آخر تحديث لها في {updated}.',
  'data.periods.text.half': 'تُنشر الأرقام لكل نصف سنة. والبيانات بتاريخ {asOf}، وكان آخر تحديث لها في {updated}.',
  'data.periods.text.quarter': 'تُنشر الأرقام لكل ربع سنة. والبيانات بتاريخ {asOf}، وكان آخر تحديث لها في {updated}.',
  'data.period.range': '{label}: من {start} إلى {end}',
  'data.downloads': 'التنزيلات',
  'data.downloads.intro':
    'كل مورد بصيغة JSON، والموارد الجدولية بصيغة CSV أيضًا، ومجموعة البيانات كاملة في ملف واحد، ووصف واجهة برمجة التطبيقات. وقيم التجزئة من نوع SHA-256.',
  'data.col.file': 'الملف',
  'data.col.content': 'المحتوى',
  'data.col.size': 'الحجم',
  'data.col.digest': 'SHA-256',
  'data.col.check': 'التحقق في هذا المتصفح',
  'data.file.translation': 'نصوص البيانات باللغة {language}',
  'data.file.dataset': 'مجموعة البيانات كاملة في ملف واحد',
  'data.file.openapi': 'وصف واجهة برمجة التطبيقات (OpenAPI 3.1)',
  'data.file.csv': '{content} (CSV)',
  'data.verify': 'تحقّق من الملفات بنفسك',
  'data.verify.howTo': 'احفظ الملفات وقائمة قيم التجزئة في مجلد واحد، ثم نفّذ:',
  'data.verify.manifest': 'قيم التجزئة نفسها، مع إصدار البيانات، موجودة في {file}.',
  'data.verify.browser': 'وقد تحقّقت هذه الصفحة أيضًا من الملفات في متصفحك:',
  'data.verify.running': 'جارٍ التحقق من الملفات…',
  'data.verify.allMatch.zero': 'تطابق جميع الملفات ({count}) بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.allMatch.one': 'يطابق الملف بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.allMatch.two': 'يطابق كلا الملفين بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.allMatch.few': 'تطابق الملفات جميعها ({count} ملفات) بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.allMatch.many': 'تطابق الملفات جميعها ({count} ملفًا) بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.allMatch.other': 'تطابق الملفات جميعها ({count} ملف) بيان الملفات المنشور لإصدار البيانات {version}.',
  'data.verify.mismatch.zero':
    'عدد الملفات التي لا تطابق بيان الملفات المنشور: {count} من أصل {total}. لا تعتمد على الملفات غير المطابقة حتى يُفسَّر ذلك.',
  'data.verify.mismatch.one':
    'الملف ({count} من أصل {total}) لا يطابق بيان الملفات المنشور. لا تعتمد عليه حتى يُفسَّر ذلك.',
  'data.verify.mismatch.two':
    'لا يطابق بيانَ الملفات المنشور {count} من أصل ملفين ({total}). لا تعتمد على الملفات غير المطابقة حتى يُفسَّر ذلك.',
  'data.verify.mismatch.few':
    'لا يطابق بيانَ الملفات المنشور {count} من أصل {total} ملفات. لا تعتمد على الملفات غير المطابقة حتى يُفسَّر ذلك.',
  'data.verify.mismatch.many':
    'لا يطابق بيانَ الملفات المنشور {count} من أصل {total} ملفًا. لا تعتمد على الملفات غير المطابقة حتى يُفسَّر ذلك.',
  'data.verify.mismatch.other':
    'لا يطابق بيانَ الملفات المنشور {count} من أصل {total} ملف. لا تعتمد على الملفات غير المطابقة حتى يُفسَّر ذلك.',
  'data.verify.unchecked.zero': 'تعذّر تحميل {count} من {total} ملفًا، لذا لم يُتحقَّق منها.',
  'data.verify.unchecked.one': 'تعذّر تحميل {count} من {total} ملف، لذا لم يُتحقَّق منه.',
  'data.verify.unchecked.two': 'تعذّر تحميل {count} من {total} ملفين، لذا لم يُتحقَّق منهما.',
  'data.verify.unchecked.few': 'تعذّر تحميل {count} من {total} ملفات، لذا لم يُتحقَّق منها.',
  'data.verify.unchecked.many': 'تعذّر تحميل {count} من {total} ملفًا، لذا لم يُتحقَّق منها.',
  'data.verify.unchecked.other': 'تعذّر تحميل {count} من {total} ملف، لذا لم يُتحقَّق منها.',
  'data.verify.status.match': 'مطابق',
  'data.verify.status.mismatch': 'غير مطابق',
  'data.verify.status.error': 'تعذّر تحميله',
  'data.verify.unsupported':
    'لا يستطيع هذا المتصفح حساب قيم التجزئة عبر هذا الاتصال (تتطلب WebCrypto بروتوكول HTTPS). استخدم الأمر أعلاه.',
  'data.changelog': 'سجل التغييرات',
  'data.changelog.version': 'إصدار البيانات {version}، {date}',
  'data.changelog.empty': 'لا توجد إصدارات مُدرَجة.',
  'data.changelog.intro':
    'تبقى ملفات كل إصدار منشورة على عنوانها الخاص دون تغيير. وتحت كل إصدار: ملاحظات الناشر، وما تغيّر كما حُسب من الملفات.',
  'data.changelog.notes': 'ملاحظات الناشر',
  'data.changelog.computed': 'محسوب من الملفات، مقارنةً مع الإصدار {from}:',
  'data.changelog.first': 'أول إصدار منشور: لا يوجد ما يُقارن به.',
  'data.changelog.seeChanges': 'جميع التغييرات من {from} إلى {version}',
  'data.changelog.feed': 'يُعلَن عن الإصدارات الجديدة في موجز Atom:',
  'data.changelog.feedTitle': 'إصدارات البيانات',
  'data.version.choose': 'الإصدار المراد التحقق منه',
  'data.version.unrecorded': 'لم يُسجَّل الإصدار {version} بعدُ على أنه صادر: فقد تتغير ملفاته وهي تحمل هذا الرقم.',
  'data.version.unknown': 'لم يُنشر أي إصدار باسم «{version}».',
  'data.version.folder': 'ملفات الإصدار {version}، وهي لا تتغير أبدًا، موجودة في:',
  'data.signature': 'التوقيع',
  'data.signature.intro':
    'لا تثبت قيمة التجزئة إلا أن الملف يطابق بيان ملفات مقدَّمًا من المكان نفسه. لذلك يُوقَّع كل بيان ملفات أيضًا بمفتاح الناشر، فيظهر أي تغيير فيه كذلك. قارن بصمة المفتاح ببصمة يعلنها الناشر في مكان آخر، مثل تقريره السنوي: عندها فقط تعرف أن المفتاح مفتاحه.',
  'data.signature.fingerprint': 'بصمة مفتاح التوقيع (SHA-256 للمفتاح):',
  'data.signature.key': 'المفتاح العام:',
  'data.changelog.kindCount': '{kind}: {count}',
  'data.signature.running': 'جارٍ التحقق من التوقيع…',
  'data.signature.valid': 'توقيع manifest.json للإصدار {version} صالح لهذا المفتاح.',
  'data.signature.invalid': 'التوقيع لا يطابق manifest.json للإصدار {version}: بيان الملفات هذا ليس الذي وقّعه المفتاح.',
  'data.signature.unsupported':
    'لا يستطيع هذا المتصفح التحقق من توقيعات Ed25519 (يلزم Chromium 137 أو Firefox 129 أو Safari 17). تحقّق من التوقيع باستخدام OpenSSL 3، كما هو موضح أدناه.',
  'data.signature.unsigned': 'نُشر الإصدار {version} دون توقيع.',
  'data.signature.howTo':
    'باستخدام OpenSSL 3، في المجلد الذي يحتوي على هذه الملفات الثلاثة (يطبع الأمر «Signature Verified Successfully»):',
  'data.file.meta': 'معلومات التقرير: الجهة، والنطاق، والفترات، والتواريخ، وإصدار البيانات',
  'data.file.storageLocations': 'مواقع التخزين',
  'data.file.replicationFlows': 'تدفقات النسخ المتماثل بين المواقع',
  'data.file.accessControls': 'ضوابط وصول الموظفين',
  'data.file.auditStatistics': 'إحصاءات التدقيق لكل فترة',
  'data.file.accessRequests': 'طلبات الحصول على البيانات لكل فترة وفئة وبلد',
  'data.file.changelog': 'إصدارات البيانات وتغييراتها',
  'data.file.locationAccess': 'طلبات وصول الموظفين الموافَق عليها، لكل موقع تخزين وفترة',
  'data.file.requestCategories': 'فئات الطلبات وتعريفاتها',
  'data.file.datapackage': 'واصف حزمة البيانات (Frictionless Data Package v2)، لتحميل ملفات CSV مع أنواع بياناتها',
};
