import type { data as source } from '../en/data';

export const data: Record<keyof typeof source, string> = {
  'data.title': 'Données et méthodologie',
  'data.intro':
    'Ce que signifient les chiffres, d’où ils viennent, et chaque fichier qui les contient, avec des empreintes qui permettent à chacun de vérifier qu’un téléchargement est bien celui publié.',
  'data.methodology': 'Méthodologie et définitions',
  'data.requesterTypes': 'Catégories de demandes',
  'data.headlineCategory': 'Le chiffre mis en avant porte sur cette catégorie.',
  'data.receivedDisclosed': 'Reçues et communiquées',
  'data.received': 'Reçue : une demande comptée une fois à son arrivée, quelle qu’en soit l’issue.',
  'data.disclosed':
    'Communiquée : une demande pour laquelle des données d’utilisateurs (contenu ou non) ont été remises. Une demande refusée, retirée ou sans données remises n’est pas une communication.',
  'data.countKinds': 'Sortes de chiffres',
  'data.count.exact': 'Un nombre. 0 signifie que le chiffre a été compté et qu’il est nul.',
  'data.count.suppressed':
    'Masqué, par exemple « moins de 5 ». Les petits chiffres sont retenus pour qu’aucune enquête ne puisse être identifiée. La vraie valeur est comprise entre 0 et 4.',
  'data.count.band':
    'Une tranche, par exemple « 0–249 ». Certaines lois ne permettent de publier certaines demandes que de cette façon (aux États-Unis, les demandes de sécurité nationale).',
  'data.count.notReported':
    'Non communiqué. Aucun chiffre n’a été publié, par exemple parce qu’il n’a pas été collecté. Il n’est jamais affiché comme 0, et les totaux qui l’incluent disent « au moins ».',
  'data.count.share':
    'Une part, par exemple « 62 % » : certains rapports donnent le pourcentage des demandes pour lesquelles des données ont été fournies, et non un nombre. Une part est affichée en pourcentage et n’est jamais convertie en nombre ; un total sur des lignes publiées en parts est la part de l’ensemble de leurs demandes, chaque part pondérée par ses demandes, et une fourchette quand ces demandes sont elles-mêmes une fourchette.',
  'data.accounts':
    'Comptes visés : quand le rapport le donne, le nombre de comptes nommés dans les demandes. Une demande peut viser plusieurs comptes.',
  'data.count.totals':
    'Les totaux ne sont jamais additionnés comme si les parties masquées étaient connues : un total avec des parties masquées ou par tranche est une fourchette, et un total avec une partie non communiquée vaut « au moins » sa partie connue.',
  'data.storage': 'Stockage principal et de secours',
  'data.storage.primary': 'Principal : où les données sont stockées et servies en fonctionnement normal.',
  'data.storage.backup':
    'Secours : une copie chiffrée conservée pour la reprise après sinistre, répliquée depuis le lieu principal ; elle ne sert pas les utilisateurs.',
  'data.periods': 'Périodes de référence',
  'data.periods.text.year':
    'Les chiffres sont publiés par année. Les données sont arrêtées au {asOf} et ont été mises à jour le {updated}.',
  'data.periods.text.half':
    'Les chiffres sont publiés par semestre. Les données sont arrêtées au {asOf} et ont été mises à jour le {updated}.',
  'data.periods.text.quarter':
    'Les chiffres sont publiés par trimestre. Les données sont arrêtées au {asOf} et ont été mises à jour le {updated}.',
  'data.period.range': '{label} : du {start} au {end}',
  'data.downloads': 'Téléchargements',
  'data.downloads.intro':
    'Chaque ressource en JSON, les ressources tabulaires aussi en CSV, l’ensemble des données en un fichier, et la description de l’API. Les empreintes sont en SHA-256.',
  'data.col.file': 'Fichier',
  'data.col.content': 'Contenu',
  'data.col.size': 'Taille',
  'data.col.digest': 'SHA-256',
  'data.col.check': 'Vérification dans ce navigateur',
  'data.file.translation': 'Le texte des données en {language}',
  'data.file.dataset': 'L’ensemble des données en un fichier',
  'data.file.openapi': 'La description de l’API (OpenAPI 3.1)',
  'data.file.csv': '{content} (CSV)',
  'data.verify': 'Vérifiez les fichiers vous-même',
  'data.verify.howTo': 'Enregistrez les fichiers et la liste des empreintes dans un même dossier, puis lancez :',
  'data.verify.manifest': 'Les mêmes empreintes, avec la version des données, figurent dans {file}.',
  'data.verify.browser': 'Cette page a aussi vérifié les fichiers dans votre navigateur :',
  'data.verify.running': 'Vérification des fichiers…',
  'data.verify.allMatch.one': 'Le fichier correspond au manifeste publié pour la version des données {version}.',
  'data.verify.allMatch.other':
    'Les {count} fichiers correspondent au manifeste publié pour la version des données {version}.',
  'data.verify.mismatch.one':
    '{count} fichier sur {total} ne correspond pas au manifeste publié. Ne vous y fiez pas tant que ce n’est pas expliqué.',
  'data.verify.mismatch.other':
    '{count} fichiers sur {total} ne correspondent pas au manifeste publié. Ne vous y fiez pas tant que ce n’est pas expliqué.',
  'data.verify.unchecked.one': '{count} fichier sur {total} n’a pas pu être chargé : il n’a donc pas été vérifié.',
  'data.verify.unchecked.other':
    '{count} fichiers sur {total} n’ont pas pu être chargés : ils n’ont donc pas été vérifiés.',
  'data.verify.status.match': 'Conforme',
  'data.verify.status.mismatch': 'Non conforme',
  'data.verify.status.error': 'Chargement impossible',
  'data.verify.unsupported':
    'Ce navigateur ne peut pas calculer d’empreintes sur cette connexion (WebCrypto exige HTTPS). Utilisez la commande ci-dessus.',
  'data.changelog': 'Journal des versions',
  'data.changelog.version': 'Version des données {version}, {date}',
  'data.changelog.empty': 'Aucune version n’est listée.',
  'data.changelog.intro':
    'Les fichiers de chaque version restent publiés à leur propre adresse, inchangés. Sous chaque version : les notes de l’éditeur, et ce qui a changé, calculé à partir des fichiers.',
  'data.changelog.notes': 'Notes de l’éditeur',
  'data.changelog.computed': 'Calculé à partir des fichiers, par rapport à la version {from} :',
  'data.changelog.first': 'La première version publiée : rien à quoi la comparer.',
  'data.changelog.seeChanges': 'Tous les changements de {from} à {version}',
  'data.changelog.feed': 'Les nouvelles versions sont annoncées dans un flux Atom :',
  'data.changelog.feedTitle': 'Versions des données',
  'data.version.choose': 'Version à vérifier',
  'data.version.unrecorded':
    'La version {version} n’est pas encore enregistrée comme publiée : ses fichiers peuvent encore changer sous ce numéro.',
  'data.version.unknown': 'Aucune version « {version} » n’a été publiée.',
  'data.version.folder': 'Les fichiers de la version {version}, qui ne changent jamais, sont à l’adresse :',
  'data.signature': 'Signature',
  'data.signature.intro':
    'Une empreinte prouve seulement qu’un fichier correspond à un manifeste servi au même endroit. Chaque manifeste est donc aussi signé avec la clé de l’éditeur : un manifeste modifié se voit aussi. Comparez l’empreinte de la clé avec celle que l’éditeur publie ailleurs, par exemple dans son rapport annuel : alors seulement vous savez que la clé est la sienne.',
  'data.signature.fingerprint': 'Empreinte de la clé de signature (SHA-256 de la clé) :',
  'data.signature.key': 'Clé publique :',
  'data.changelog.kindCount': '{kind} : {count}',
  'data.signature.running': 'Vérification de la signature…',
  'data.signature.valid': 'La signature du manifest.json de la version {version} est valide pour cette clé.',
  'data.signature.invalid':
    'La signature ne correspond pas au manifest.json de la version {version} : ce manifeste n’est pas celui que la clé a signé.',
  'data.signature.unsupported':
    'Ce navigateur ne sait pas vérifier les signatures Ed25519 (il faut Chromium 137, Firefox 129 ou Safari 17). Vérifiez la signature avec OpenSSL 3, comme ci-dessous.',
  'data.signature.unsigned': 'La version {version} est publiée sans signature.',
  'data.signature.howTo':
    'Avec OpenSSL 3, dans le dossier qui contient ces trois fichiers (la commande affiche « Signature Verified Successfully ») :',
  'data.file.meta': 'Informations du rapport : organisation, périmètre, périodes, dates et version des données',
  'data.file.storageLocations': 'Lieux de stockage',
  'data.file.replicationFlows': 'Flux de réplication entre les lieux',
  'data.file.accessControls': 'Contrôles d’accès des employés',
  'data.file.auditStatistics': 'Statistiques d’audit par période',
  'data.file.accessRequests': 'Demandes d’accès par période, catégorie et pays',
  'data.file.changelog': 'Versions des données et leurs changements',
  'data.file.locationAccess': 'Demandes d’accès des employés approuvées, par lieu de stockage et par période',
  'data.file.requestCategories': 'Catégories de demandes et leurs définitions',
  'data.file.datapackage':
    'Le descripteur du paquet de données (Frictionless Data Package v2), pour charger les fichiers CSV avec leurs types',
};
