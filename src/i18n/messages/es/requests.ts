import type { Translation } from '../../translation';
import type { requests as source } from '../en/requests';

/** Mensajes en español del espacio de nombres requests. */
export const requests: Translation<typeof source> = {
  'requests.title': 'Solicitudes de datos ({scope})',
  'requests.intro':
    'Cuántas solicitudes de datos ({scope}) se recibieron y cuántas dieron lugar a una divulgación, por período, categoría y país.',
  'requests.filters': 'Filtrar las solicitudes',
  'requests.filter.from': 'Desde',
  'requests.filter.to': 'Hasta',
  'requests.filter.types': 'Categorías',
  'requests.filter.country': 'País',
  'requests.filter.allCountries': 'Todos los países',
  'requests.filter.reset': 'Restablecer filtros',
  'requests.filter.status': 'Se muestra: {periods}, {country}, {categories}.',
  'requests.filter.status.range': 'de {from} a {to}',
  'requests.filter.status.allCountries': 'todos los países',
  'requests.filter.status.allCategories': 'todas las categorías',
  'requests.filter.status.someCategories.one': '{count} de {total} categoría',
  'requests.filter.status.someCategories.other': '{count} de {total} categorías',
  'requests.ignored': 'Esta dirección pide algo que los datos no tienen, así que no se aplica: {filters}.',
  'requests.ignored.period': 'período «{value}»',
  'requests.ignored.country': 'país «{value}»',
  'requests.ignored.category': 'categoría «{value}»',
  'requests.empty': 'Ninguna solicitud coincide con estos filtros.',
  'requests.legend': 'Cómo leer los gráficos',
  'requests.legend.received': 'Recibidas (barra con contorno)',
  'requests.legend.disclosed': 'Con divulgación (barra sólida)',
  'requests.legend.zero': 'Un cero real: se dibuja como una línea fina con la etiqueta 0',
  'requests.legend.range':
    'Un intervalo: rayado donde el valor es incierto, porque una cifra se suprimió (<5, «menos de 5») o se informó por franjas (0–249)',
  'requests.legend.atLeast': 'Al menos: algunas partes no se informaron, así que solo se conoce un límite inferior (≥)',
  'requests.legend.notReported': 'No informado (n/i): no se publicó ninguna cifra; no es un cero',
  'requests.legend.share':
    'Una proporción (%): el informe da el porcentaje de solicitudes en las que se entregaron datos, no un recuento',
  'requests.byPeriod.title': 'Recibidas y con divulgación, por período y categoría',
  'requests.byPeriod.summary':
    'De {first} a {last}, se recibieron {received} solicitudes y {disclosed} dieron lugar a una divulgación, en las categorías mostradas.',
  'requests.byPeriod.summaryUnknown':
    'De {first} a {last}, se recibieron {received} solicitudes. Las cifras publicadas no indican cuántas dieron lugar a una divulgación.',
  'requests.byPeriod.panel': '{type}: {received} recibidas, {disclosed} con divulgación',
  'requests.byCountry.title': 'Por país, {period}',
  'requests.byCountry.period': 'Período del gráfico por país',
  'requests.byCountry.summary':
    'En {period}, las solicitudes provinieron principalmente de {top}. Los países que no están entre los {n} primeros se agrupan como «otros países».',
  'requests.byCountry.summaryOne': 'En {period}, las solicitudes provinieron solo de {top}.',
  'requests.others': 'Otros países ({count})',
  'requests.rate.title': 'Tasa de divulgación, por período',
  'requests.rate.summary':
    'La proporción de solicitudes que dieron lugar a una divulgación, en las categorías mostradas, con las proporciones publicadas ponderadas por sus solicitudes. Cuando una cifra está oculta, la tasa es un intervalo; cuando una cifra no se informó, la tasa no se puede calcular.',
  'requests.rate.unknown': 'no se puede calcular',
  'requests.rate.noRequests': 'sin solicitudes',
  'requests.table.show': 'Mostrar los datos en una tabla',
  'requests.table.period': 'Período',
  'requests.table.type': 'Categoría',
  'requests.table.country': 'País',
  'requests.table.received': 'Recibidas',
  'requests.table.disclosed': 'Con divulgación',
  'requests.table.accounts': 'Cuentas especificadas',
  'requests.table.rate': 'Tasa de divulgación',
  'requests.csv': 'Descargar los datos de este gráfico (CSV)',
  'requests.chart.received': 'Recibidas',
  'requests.chart.disclosed': 'Con divulgación',
  'requests.chart.rate': 'Tasa de divulgación',
  'requests.chart.keyboard': 'Gráfico: use las teclas de flecha para moverse entre los períodos.',
};
