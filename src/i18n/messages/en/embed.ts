/** English messages of the embed namespace: the source of these strings. */
export const embed = {
  'embed.title': 'Embed the figures on your site',
  'embed.intro':
    'Choose a view, see it live, then copy the code into any web page. The widget loads its data from this site only: no cookies, no storage, no third-party requests.',
  'embed.options': 'Options',
  'embed.view': 'View',
  'embed.view.stats': 'Key figures',
  'embed.view.map': 'Map of storage locations',
  'embed.view.requests': 'Requests chart',
  'embed.view.controls': 'Access controls',
  'embed.lang': 'Language',
  'embed.theme': 'Theme',
  'embed.period': 'Period (requests view)',
  'embed.period.latest': 'Latest',
  'embed.preview': 'Live preview',
  'embed.frameTitle': 'Transparency widget: {view}',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy the code',
  'embed.copied': 'Code copied.',
  'embed.copyFailed': 'Copying failed: select the code and copy it by hand.',
  'embed.notes': 'For site owners',
  'embed.notes.params': 'Parameters of widget.html:',
  'embed.notes.view': 'view: stats, map, requests or controls (required).',
  'embed.notes.lang': 'lang: {codes} (default en).',
  'embed.notes.theme': 'theme: light, dark or auto (default auto, which follows the reader’s system).',
  'embed.notes.period': 'period: a reporting period such as {example}, for the requests view (default: the latest).',
  'embed.notes.message':
    'Whenever its height changes, the widget posts {message} to its parent. The host script sets the height of the frame that sent it, checking the sender and its origin and capping the height at {max} px. Several widgets on one page resize independently. Without the script, the frame keeps its default height and scrolls inside.',
  'embed.notes.csp':
    'To choose which sites may frame the widget, serve widget.html with a Content-Security-Policy header such as {header}.',
} as const;
