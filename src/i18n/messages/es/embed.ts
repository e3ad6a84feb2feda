import type { Translation } from '../../translation';
import type { embed as source } from '../en/embed';

/** Mensajes en español del espacio de nombres embed. */
export const embed: Translation<typeof source> = {
  'embed.title': 'Inserte las cifras en su sitio web',
  'embed.intro':
    'Elija una vista, véala en vivo y luego copie el código en cualquier página web. El widget carga sus datos solo desde este sitio: sin cookies, sin almacenamiento y sin solicitudes a terceros.',
  'embed.options': 'Opciones',
  'embed.view': 'Vista',
  'embed.view.stats': 'Cifras clave',
  'embed.view.map': 'Mapa de las ubicaciones de almacenamiento',
  'embed.view.requests': 'Gráfico de solicitudes',
  'embed.view.controls': 'Controles de acceso',
  'embed.lang': 'Idioma',
  'embed.theme': 'Tema',
  'embed.period': 'Período (vista de solicitudes)',
  'embed.period.latest': 'El más reciente',
  'embed.preview': 'Vista previa en vivo',
  'embed.frameTitle': 'Widget de transparencia: {view}',
  'embed.code': 'Código para insertar',
  'embed.copy': 'Copiar el código',
  'embed.copied': 'Código copiado.',
  'embed.copyFailed': 'No se pudo copiar: seleccione el código y cópielo manualmente.',
  'embed.notes': 'Para los propietarios de sitios web',
  'embed.notes.params': 'Parámetros de widget.html:',
  'embed.notes.view': 'view: stats, map, requests o controls (obligatorio).',
  'embed.notes.lang': 'lang: {codes} (predeterminado: en).',
  'embed.notes.theme':
    'theme: light, dark o auto (predeterminado: auto, que sigue la configuración del sistema del lector).',
  'embed.notes.period':
    'period: un período del informe, como {example}, para la vista de solicitudes (predeterminado: el más reciente).',
  'embed.notes.message':
    'Cada vez que cambia su altura, el widget envía {message} a la página que lo contiene. El script de la página anfitriona ajusta la altura del marco que envió el mensaje, tras comprobar el remitente y su origen, y limita la altura a {max} px. Si hay varios widgets en una misma página, cada uno cambia de tamaño por separado. Sin el script, el marco conserva su altura predeterminada y su contenido se desplaza dentro de él.',
  'embed.notes.csp':
    'Para elegir qué sitios pueden mostrar el widget en un marco, sirva widget.html con un encabezado Content-Security-Policy como {header}.',
};
