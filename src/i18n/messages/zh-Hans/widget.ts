import type { Translation } from '../../translation';
import type { widget as source } from '../en/widget';

/** 简体中文：widget 命名空间的消息。 */
export const widget: Translation<typeof source> = {
  'widget.title.stats': '关键数字：{scope}',
  'widget.title.map': '数据存储位置：{scope}',
  'widget.title.requests': '数据请求：{scope}，{period}',
  'widget.title.controls': '员工访问控制',
  'widget.landmark': '透明度小组件',
  'widget.fullReport': '查看完整报告',
  'widget.stale': '此视图生成后已有更新的数字发布：请查看完整报告。',
  'widget.newTab': '（在新标签页中打开）',
  'widget.source': '来源：{org}，数据版本{version}。',
  'widget.problem.title': '按当前配置无法显示此小组件。',
  'widget.problem.missingView': '请添加view=，取值为以下之一：stats、map、requests、controls。',
  'widget.problem.badValue': '“{value}”不是{name}的有效值。允许的值：{allowed}。',
  'widget.problem.badPeriod': '“{value}”不是有效的期间。期间为年、半年或季度，写法如 {examples}。',
  'widget.problem.unknownParameter': '未知参数“{name}”。允许的参数：view、lang、theme、period。',
  'widget.problem.unknownPeriod': '数据中没有时段“{period}”。可用时段：{periods}。',
  'widget.requests.caption': '{period}按类别列出的收到与披露数量',
  'widget.controls.summary': '{total}项控制措施中，{implemented}项已实施，{partial}项部分实施，{planned}项计划中。',
  'widget.controls.caption': '员工访问控制措施及其状态',
};
