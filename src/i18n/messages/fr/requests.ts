import type { requests as source } from '../en/requests';

export const requests: Record<keyof typeof source, string> = {
  'requests.title': 'Demandes portant sur les données ({scope})',
  'requests.intro':
    'Combien de demandes portant sur les données ({scope}) ont été reçues, et combien ont abouti à une communication, par période, catégorie et pays.',
  'requests.filters': 'Filtrer les demandes',
  'requests.filter.from': 'De',
  'requests.filter.to': 'À',
  'requests.filter.types': 'Catégories',
  'requests.filter.country': 'Pays',
  'requests.filter.allCountries': 'Tous les pays',
  'requests.filter.reset': 'Réinitialiser les filtres',
  'requests.ignored':
    'Cette adresse demande ce que les données n’ont pas ; ce filtre n’est donc pas appliqué : {filters}.',
  'requests.ignored.period': 'période « {value} »',
  'requests.ignored.country': 'pays « {value} »',
  'requests.ignored.category': 'catégorie « {value} »',
  'requests.empty': 'Aucune demande ne correspond à ces filtres.',
  'requests.legend': 'Comment lire les graphiques',
  'requests.legend.received': 'Reçues (barre en contour)',
  'requests.legend.disclosed': 'Communiquées (barre pleine)',
  'requests.legend.zero': 'Un vrai zéro : tracé comme un trait fin et marqué 0',
  'requests.legend.range':
    'Une fourchette : hachurée là où la valeur est incertaine, parce qu’un chiffre a été masqué (<5, « moins de 5 ») ou publié par tranche (0–249)',
  'requests.legend.atLeast': 'Au moins : certaines parties n’ont pas été communiquées, seul un minimum est connu (≥)',
  'requests.legend.notReported': 'Non communiqué (n.c.) : aucun chiffre publié ; ce n’est pas un zéro',
  'requests.legend.share':
    'Une part (%) : le rapport donne le pourcentage des demandes pour lesquelles des données ont été fournies, pas un nombre',
  'requests.byPeriod.title': 'Reçues et communiquées, par période et catégorie',
  'requests.byPeriod.summary':
    'De {first} à {last}, {received} demandes ont été reçues et {disclosed} ont abouti à une communication, pour les catégories affichées.',
  'requests.byPeriod.summaryUnknown':
    'De {first} à {last}, {received} demandes ont été reçues. Les chiffres publiés ne disent pas combien ont abouti à une communication.',
  'requests.byPeriod.panel': '{type} : {received} reçues, {disclosed} communiquées',
  'requests.byCountry.title': 'Par pays, {period}',
  'requests.byCountry.period': 'Période du graphique par pays',
  'requests.byCountry.summary':
    'En {period}, le plus de demandes venaient de : {top}. Les pays au-delà des {n} premiers sont regroupés sous « autres pays ».',
  'requests.byCountry.summaryOne': 'En {period}, les demandes venaient seulement de : {top}.',
  'requests.others': 'Autres pays ({count})',
  'requests.rate.title': 'Taux de communication, par période',
  'requests.rate.summary':
    'La part des demandes ayant abouti à une communication, pour les catégories affichées, les parts publiées étant pondérées par leurs demandes. Quand un chiffre est masqué, le taux est une fourchette ; quand un chiffre n’est pas communiqué, il ne peut pas être calculé.',
  'requests.rate.unknown': 'incalculable',
  'requests.rate.noRequests': 'aucune demande',
  'requests.table.show': 'Afficher les données sous forme de tableau',
  'requests.table.period': 'Période',
  'requests.table.type': 'Catégorie',
  'requests.table.country': 'Pays',
  'requests.table.received': 'Reçues',
  'requests.table.disclosed': 'Communiquées',
  'requests.table.accounts': 'Comptes visés',
  'requests.table.rate': 'Taux de communication',
  'requests.csv': 'Télécharger les données de ce graphique (CSV)',
  'requests.chart.received': 'Reçues',
  'requests.chart.disclosed': 'Communiquées',
  'requests.chart.rate': 'Taux de communication',
  'requests.chart.keyboard': 'Graphique : utilisez les flèches pour passer d’une période à l’autre.',
};
