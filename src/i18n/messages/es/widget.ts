import type { Translation } from '../../translation';
import type { widget as source } from '../en/widget';

/** Mensajes en español del espacio de nombres widget. */
export const widget: Translation<typeof source> = {
  'widget.title.stats': 'Cifras clave: {scope}',
  'widget.title.map': 'Dónde se almacenan los datos ({scope})',
  'widget.title.requests': 'Solicitudes de datos ({scope}), {period}',
  'widget.title.controls': 'Controles de acceso de los empleados',
  'widget.landmark': 'Widget de transparencia',
  'widget.fullReport': 'Ver el informe completo',
  'widget.stale': 'Se publicaron cifras más recientes después de crearse esta vista: consulte el informe completo.',
  'widget.newTab': '(se abre en una pestaña nueva)',
  'widget.source': 'Fuente: {org}, versión de los datos {version}.',
  'widget.problem.title': 'Este widget no se puede mostrar con esta configuración.',
  'widget.problem.missingView': 'Agregue view= con uno de estos valores: stats, map, requests, controls.',
  'widget.problem.badValue': '«{value}» no es un valor válido para {name}. Valores permitidos: {allowed}.',
  'widget.problem.badPeriod':
    '«{value}» no es un período válido. Un período es un año, un semestre o un trimestre, escrito como {examples}.',
  'widget.problem.unknownParameter':
    'Parámetro desconocido «{name}». Parámetros permitidos: view, lang, theme, period.',
  'widget.problem.unknownPeriod': 'Los datos no incluyen el período «{period}». Disponibles: {periods}.',
  'widget.requests.caption': 'Recibidas y con divulgación, por categoría, {period}',
  'widget.controls.summary':
    'Controles implementados: {implemented} de {total}; implementados parcialmente: {partial}; previstos: {planned}.',
  'widget.controls.caption': 'Controles de acceso de los empleados y su estado',
};
