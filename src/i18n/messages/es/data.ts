import type { Translation } from '../../translation';
import type { data as source } from '../en/data';

/** Mensajes en español del espacio de nombres data. */
export const data: Translation<typeof source> = {
  'data.title': 'Datos y metodología',
  'data.intro':
    'Qué significan las cifras, de dónde provienen y todos los archivos que las contienen, con resúmenes criptográficos (hashes) que permiten a cualquier persona comprobar que un archivo descargado es el que se publicó.',
  'data.methodology': 'Metodología y definiciones',
  'data.requesterTypes': 'Categorías de solicitudes',
  'data.headlineCategory': 'La cifra destacada se refiere a esta categoría.',
  'data.receivedDisclosed': 'Recibidas y con divulgación',
  'data.received': 'Recibida: una solicitud que se cuenta una vez cuando llega, cualquiera que sea su resultado.',
  'data.disclosed':
    'Con divulgación: una solicitud en respuesta a la cual se entregaron datos de usuarios (de contenido o no). Una solicitud rechazada, retirada o respondida sin datos no es una divulgación.',
  'data.countKinds': 'Tipos de cifra',
  'data.count.exact': 'Un número. 0 significa que la cifra se contó y es cero.',
  'data.count.suppressed':
    'Suprimida, por ejemplo «menos de 5». Las cifras pequeñas se ocultan para que no se pueda identificar ninguna investigación concreta. El valor real está entre 0 y 4.',
  'data.count.band':
    'Una franja, por ejemplo «0–249». Algunas leyes solo permiten publicar ciertas solicitudes en franjas como esta (en Estados Unidos, las solicitudes de seguridad nacional).',
  'data.count.notReported':
    'No informada. No se publicó ninguna cifra, por ejemplo porque no se recopiló. Nunca se muestra como 0, y los totales que la incluyen indican «al menos».',
  'data.count.share':
    'Una proporción, por ejemplo «62 %»: algunos informes dan el porcentaje de solicitudes en las que se entregaron datos, no un recuento. Una proporción se muestra como porcentaje y nunca se convierte en un recuento; un total de filas que publican proporciones es la proporción del conjunto de sus solicitudes, con cada proporción ponderada por sus solicitudes, y es un intervalo cuando esas solicitudes son a su vez un intervalo.',
  'data.accounts':
    'Cuentas especificadas: cuando el informe lo indica, el número de cuentas mencionadas en las solicitudes. Una solicitud puede mencionar muchas cuentas.',
  'data.count.totals':
    'Los totales nunca se suman como si se conocieran las partes ocultas: un total con partes suprimidas o en franjas es un intervalo, y un total con una parte no informada es «al menos» su parte conocida.',
  'data.storage': 'Almacenamiento principal y de respaldo',
  'data.storage.primary':
    'Principal: donde se almacenan los datos y desde donde se ofrecen en el funcionamiento normal.',
  'data.storage.backup':
    'Respaldo: una copia cifrada que se conserva para la recuperación ante desastres, replicada desde la ubicación principal; no se usa para ofrecer el servicio a los usuarios.',
  'data.periods': 'Períodos del informe',
  'data.periods.text.year':
    'Las cifras se informan por año. Los datos están actualizados al {asOf} y se modificaron por última vez el {updated}.',
  'data.periods.text.half':
    'Las cifras se informan por semestre. Los datos están actualizados al {asOf} y se modificaron por última vez el {updated}.',
  'data.periods.text.quarter':
    'Las cifras se informan por trimestre. Los datos están actualizados al {asOf} y se modificaron por última vez el {updated}.',
  'data.period.range': '{label}: del {start} al {end}',
  'data.downloads': 'Descargas',
  'data.downloads.intro':
    'Cada recurso en JSON, los recursos tabulares también en CSV, el conjunto de datos completo en un solo archivo y la descripción de la API. Los resúmenes criptográficos son SHA-256.',
  'data.col.file': 'Archivo',
  'data.col.content': 'Contenido',
  'data.col.size': 'Tamaño',
  'data.col.digest': 'SHA-256',
  'data.col.check': 'Comprobación en este navegador',
  'data.file.translation': 'El texto de los datos en {language}',
  'data.file.dataset': 'El conjunto de datos completo en un solo archivo',
  'data.file.openapi': 'La descripción de la API (OpenAPI 3.1)',
  'data.file.csv': '{content} (CSV)',
  'data.verify': 'Compruebe los archivos usted mismo',
  'data.verify.howTo':
    'Guarde los archivos y la lista de resúmenes criptográficos en una misma carpeta y luego ejecute:',
  'data.verify.manifest': 'Los mismos resúmenes, junto con la versión de los datos, están en {file}.',
  'data.verify.browser': 'Esta página también comprobó los archivos en su navegador:',
  'data.verify.running': 'Comprobando los archivos…',
  'data.verify.allMatch.one': 'El archivo coincide con el manifiesto publicado para la versión de los datos {version}.',
  'data.verify.allMatch.other':
    'Los {count} archivos coinciden con el manifiesto publicado para la versión de los datos {version}.',
  'data.verify.mismatch.one':
    '{count} de {total} archivo no coincide con el manifiesto publicado. No confíe en él hasta que se explique el motivo.',
  'data.verify.mismatch.other':
    '{count} de {total} archivos no coinciden con el manifiesto publicado. No confíe en ellos hasta que se explique el motivo.',
  'data.verify.unchecked.one': 'No se pudo cargar {count} de {total} archivo, así que no se ha comprobado.',
  'data.verify.unchecked.other': 'No se pudieron cargar {count} de {total} archivos, así que no se han comprobado.',
  'data.verify.status.match': 'Coincide',
  'data.verify.status.mismatch': 'No coincide',
  'data.verify.status.error': 'No se pudo cargar',
  'data.verify.unsupported':
    'Este navegador no puede calcular resúmenes criptográficos en esta conexión (WebCrypto requiere HTTPS). Use el comando anterior.',
  'data.changelog': 'Registro de cambios',
  'data.changelog.version': 'Versión de los datos {version}, {date}',
  'data.changelog.empty': 'No hay ninguna versión en la lista.',
  'data.changelog.intro':
    'Los archivos de cada versión siguen publicados en su propia dirección, sin cambios. Debajo de cada versión: las notas del publicador y lo que cambió, calculado a partir de los archivos.',
  'data.changelog.notes': 'Notas del publicador',
  'data.changelog.computed': 'Calculado a partir de los archivos, en comparación con la versión {from}:',
  'data.changelog.first': 'La primera versión publicada: no hay nada con qué compararla.',
  'data.changelog.seeChanges': 'Todos los cambios de {from} a {version}',
  'data.changelog.feed': 'Las nuevas versiones se anuncian en un canal Atom:',
  'data.changelog.feedTitle': 'Versiones de los datos',
  'data.version.choose': 'Versión que desea comprobar',
  'data.version.unrecorded':
    'La versión {version} todavía no consta como publicada: sus archivos aún pueden cambiar con este mismo número.',
  'data.version.unknown': 'No se ha publicado ninguna versión «{version}».',
  'data.version.folder': 'Los archivos de la versión {version}, que nunca cambian, están en:',
  'data.signature': 'Firma',
  'data.signature.intro':
    'Un resumen criptográfico solo demuestra que un archivo coincide con un manifiesto servido desde el mismo lugar. Por eso cada manifiesto también está firmado con la clave del publicador, de modo que un manifiesto modificado también se detecta. Compare la huella digital de la clave con la que el publicador indica en otro lugar, como su informe anual: solo entonces sabrá que la clave es suya.',
  'data.signature.fingerprint': 'Huella digital de la clave de firma (SHA-256 de la clave):',
  'data.signature.key': 'Clave pública:',
  'data.changelog.kindCount': '{kind}: {count}',
  'data.signature.running': 'Comprobando la firma…',
  'data.signature.valid': 'La firma del manifest.json de la versión {version} es válida para esta clave.',
  'data.signature.invalid':
    'La firma no coincide con el manifest.json de la versión {version}: este manifiesto no es el que firmó la clave.',
  'data.signature.unsupported':
    'Este navegador no puede comprobar firmas Ed25519 (se necesita Chromium 137, Firefox 129 o Safari 17). Compruebe la firma con OpenSSL 3, como se indica a continuación.',
  'data.signature.unsigned': 'La versión {version} se publicó sin firma.',
  'data.signature.howTo':
    'Con OpenSSL 3, en la carpeta que contiene estos tres archivos (el comando muestra «Signature Verified Successfully»):',
  'data.file.meta': 'Información del informe: organización, alcance, períodos, fechas y versión de los datos',
  'data.file.storageLocations': 'Ubicaciones de almacenamiento',
  'data.file.replicationFlows': 'Flujos de replicación entre ubicaciones',
  'data.file.accessControls': 'Controles de acceso de los empleados',
  'data.file.auditStatistics': 'Estadísticas de auditoría por período',
  'data.file.accessRequests': 'Solicitudes de datos por período, categoría y país',
  'data.file.changelog': 'Versiones de los datos y sus cambios',
  'data.file.locationAccess': 'Solicitudes de acceso de empleados aprobadas, por ubicación de almacenamiento y período',
  'data.file.requestCategories': 'Categorías de solicitudes y sus definiciones',
  'data.file.datapackage':
    'El descriptor del paquete de datos (Frictionless Data Package v2), para cargar los archivos CSV con sus tipos',
};
