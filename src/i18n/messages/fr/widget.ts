import type { widget as source } from '../en/widget';

export const widget: Record<keyof typeof source, string> = {
  'widget.title.stats': 'Chiffres clés : {scope}',
  'widget.title.map': 'Où sont stockées les {scope}',
  'widget.title.requests': 'Demandes portant sur les {scope}, {period}',
  'widget.title.controls': 'Contrôles d’accès des employés',
  'widget.stale':
    'Des chiffres plus récents ont été publiés depuis que cette vue a été faite : voyez le rapport complet.',
  'widget.landmark': 'Widget de transparence',
  'widget.fullReport': 'Voir le rapport complet',
  'widget.newTab': '(s’ouvre dans un nouvel onglet)',
  'widget.source': 'Source : {org}, version des données {version}.',
  'widget.problem.title': 'Ce widget ne peut pas s’afficher avec cette configuration.',
  'widget.problem.missingView': 'Ajoutez view= avec l’une des valeurs : stats, map, requests, controls.',
  'widget.problem.badValue': '« {value} » n’est pas une valeur valide pour {name}. Valeurs admises : {allowed}.',
  'widget.problem.badPeriod':
    '« {value} » n’est pas une période valide. Une période est une année, un semestre ou un trimestre, écrit comme {examples}.',
  'widget.problem.unknownParameter': 'Paramètre inconnu « {name} ». Paramètres admis : view, lang, theme, period.',
  'widget.problem.unknownPeriod': 'Les données ne contiennent pas la période « {period} ». Disponibles : {periods}.',
  'widget.requests.caption': 'Reçues et communiquées par catégorie, {period}',
  'widget.controls.summary':
    '{implemented} contrôles en place sur {total}, {partial} en partie en place, {planned} prévus.',
  'widget.controls.caption': 'Contrôles d’accès des employés et leur statut',
};
