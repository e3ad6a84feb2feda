import type { embed as source } from '../en/embed';

export const embed: Record<keyof typeof source, string> = {
  'embed.title': 'Intégrer les chiffres sur votre site',
  'embed.intro':
    'Choisissez une vue, voyez-la en direct, puis copiez le code dans n’importe quelle page web. Le widget charge ses données depuis ce site uniquement : ni cookies, ni stockage, ni requêtes vers des tiers.',
  'embed.options': 'Options',
  'embed.view': 'Vue',
  'embed.view.stats': 'Chiffres clés',
  'embed.view.map': 'Carte des lieux de stockage',
  'embed.view.requests': 'Graphique des demandes',
  'embed.view.controls': 'Contrôles d’accès',
  'embed.lang': 'Langue',
  'embed.theme': 'Thème',
  'embed.period': 'Période (vue des demandes)',
  'embed.period.latest': 'La plus récente',
  'embed.preview': 'Aperçu en direct',
  'embed.frameTitle': 'Widget de transparence : {view}',
  'embed.code': 'Code d’intégration',
  'embed.copy': 'Copier le code',
  'embed.copied': 'Code copié.',
  'embed.copyFailed': 'La copie a échoué : sélectionnez le code et copiez-le à la main.',
  'embed.notes': 'Pour les propriétaires de sites',
  'embed.notes.params': 'Paramètres de widget.html :',
  'embed.notes.view': 'view : stats, map, requests ou controls (obligatoire).',
  'embed.notes.lang': 'lang : {codes} (en par défaut).',
  'embed.notes.theme': 'theme : light, dark ou auto (auto par défaut, qui suit le système du lecteur).',
  'embed.notes.period':
    'period : une période comme {example}, pour la vue des demandes (par défaut : la plus récente).',
  'embed.notes.message':
    'Chaque fois que sa hauteur change, le widget envoie {message} à la page parente. Le script hôte règle la hauteur du cadre émetteur, en vérifiant l’émetteur et son origine, et plafonne la hauteur à {max} px. Plusieurs widgets sur une même page se redimensionnent indépendamment. Sans le script, le cadre garde sa hauteur par défaut et défile à l’intérieur.',
  'embed.notes.csp':
    'Pour choisir quels sites peuvent intégrer le widget, servez widget.html avec un en-tête Content-Security-Policy comme {header}.',
};
