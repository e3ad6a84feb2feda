/** English messages of the widget namespace: the source of these strings. */
export const widget = {
  'widget.title.stats': 'Key figures: {scope}',
  'widget.title.map': 'Where {scope} is stored',
  'widget.title.requests': 'Requests for {scope}, {period}',
  'widget.title.controls': 'Employee-access controls',
  'widget.landmark': 'Transparency widget',
  'widget.fullReport': 'View the full report',
  'widget.stale': 'Newer figures have been published since this view was made: see the full report.',
  'widget.newTab': '(opens in a new tab)',
  'widget.source': 'Source: {org}, data version {version}.',
  'widget.problem.title': 'This widget cannot be shown as configured.',
  'widget.problem.missingView': 'Add view= with one of: stats, map, requests, controls.',
  'widget.problem.badValue': '“{value}” is not a valid value for {name}. Allowed: {allowed}.',
  'widget.problem.badPeriod':
    '“{value}” is not a valid period. A period is a year, a half or a quarter, written like {examples}.',
  'widget.problem.unknownParameter': 'Unknown parameter “{name}”. Allowed: view, lang, theme, period.',
  'widget.problem.unknownPeriod': 'The data has no period “{period}”. Available: {periods}.',
  'widget.requests.caption': 'Received and disclosed by category, {period}',
  'widget.controls.summary':
    '{implemented} of {total} controls implemented, {partial} partly implemented, {planned} planned.',
  'widget.controls.caption': 'Employee-access controls and their status',
} as const;
