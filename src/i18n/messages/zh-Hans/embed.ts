import type { Translation } from '../../translation';
import type { embed as source } from '../en/embed';

/** 简体中文：embed 命名空间的消息。 */
export const embed: Translation<typeof source> = {
  'embed.title': '在您的网站上嵌入这些数字',
  'embed.intro':
    '选择一个视图并实时预览，然后将代码复制到任意网页中。该小组件仅从本网站加载数据：不使用Cookie，不使用本地存储，也不发出任何第三方请求。',
  'embed.options': '选项',
  'embed.view': '视图',
  'embed.view.stats': '关键数字',
  'embed.view.map': '存储位置地图',
  'embed.view.requests': '数据请求图表',
  'embed.view.controls': '访问控制',
  'embed.lang': '语言',
  'embed.theme': '主题',
  'embed.period': '时段（数据请求视图）',
  'embed.period.latest': '最新',
  'embed.preview': '实时预览',
  'embed.frameTitle': '透明度小组件：{view}',
  'embed.code': '嵌入代码',
  'embed.copy': '复制代码',
  'embed.copied': '代码已复制。',
  'embed.copyFailed': '复制失败：请选中代码并手动复制。',
  'embed.notes': '网站所有者须知',
  'embed.notes.params': 'widget.html的参数：',
  'embed.notes.view': 'view：stats、map、requests或controls（必填）。',
  'embed.notes.lang': 'lang：{codes}（默认为en）。',
  'embed.notes.theme': 'theme：light、dark或auto（默认为auto，即跟随读者的系统设置）。',
  'embed.notes.period': 'period：报告时段，例如{example}，用于requests视图（默认为最新时段）。',
  'embed.notes.message':
    '每当高度发生变化时，小组件都会向其父页面发送{message}。宿主脚本会检查发送方及其来源，设置发送该消息的框架的高度，并将高度上限设为{max}px。同一页面上的多个小组件会各自独立调整大小。如果没有该脚本，框架将保持默认高度，并在框架内滚动。',
  'embed.notes.csp':
    '如需指定哪些网站可以通过框架嵌入该小组件，请在提供widget.html时附带Content-Security-Policy标头，例如{header}。',
};
