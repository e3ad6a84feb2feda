/** English messages of the requests namespace: the source of these strings. */
export const requests = {
  'requests.title': 'Requests for {scope}',
  'requests.intro':
    'How many requests for {scope} were received, and how many led to a disclosure, by period, category and country.',
  'requests.filters': 'Filter the requests',
  'requests.filter.from': 'From',
  'requests.filter.to': 'To',
  'requests.filter.types': 'Categories',
  'requests.filter.country': 'Country',
  'requests.filter.allCountries': 'All countries',
  'requests.filter.reset': 'Reset filters',
  'requests.empty': 'No request matches these filters.',
  'requests.legend': 'How to read the charts',
  'requests.legend.received': 'Received (outlined bar)',
  'requests.legend.disclosed': 'Disclosed (solid bar)',
  'requests.legend.zero': 'A real zero: drawn as a thin line and labelled 0',
  'requests.legend.range':
    'A range: hatched where the value is uncertain, because a figure was suppressed (<5, “fewer than 5”) or reported as a band (0–249)',
  'requests.legend.atLeast': 'At least: some parts were not reported, so only a lower bound is known (≥)',
  'requests.legend.notReported': 'Not reported (n/r): no figure was published; this is not a zero',
  'requests.legend.share':
    'A share (%): the report gives the percentage of requests for which some data was produced, not a count',
  'requests.byPeriod.title': 'Received and disclosed, by period and category',
  'requests.byPeriod.summary':
    'From {first} to {last}, {received} requests were received and {disclosed} led to a disclosure, for the categories shown.',
  'requests.byPeriod.summaryUnknown':
    'From {first} to {last}, {received} requests were received. The published figures do not tell how many led to a disclosure.',
  'requests.byPeriod.panel': '{type}: {received} received, {disclosed} disclosed',
  'requests.byCountry.title': 'By country, {period}',
  'requests.byCountry.period': 'Period for the country chart',
  'requests.byCountry.summary':
    'In {period}, the most requests came from {top}. Countries beyond the top {n} are grouped as “other countries”.',
  'requests.byCountry.summaryOne': 'In {period}, requests came from {top} only.',
  'requests.others': 'Other countries ({count})',
  'requests.rate.title': 'Disclosure rate, by period',
  'requests.rate.summary':
    'The share of requests that led to a disclosure, for the categories shown, with published shares weighted by their requests. Where a figure is hidden the rate is a range; where one is not reported it cannot be computed.',
  'requests.rate.unknown': 'cannot be computed',
  'requests.rate.noRequests': 'no requests',
  'requests.table.show': 'Show the data as a table',
  'requests.table.period': 'Period',
  'requests.table.type': 'Category',
  'requests.table.country': 'Country',
  'requests.table.received': 'Received',
  'requests.table.disclosed': 'Disclosed',
  'requests.table.accounts': 'Accounts specified',
  'requests.table.rate': 'Disclosure rate',
  'requests.csv': 'Download this chart’s data (CSV)',
  'requests.chart.received': 'Received',
  'requests.chart.disclosed': 'Disclosed',
  'requests.chart.rate': 'Disclosure rate',
  'requests.chart.keyboard': 'Chart: use the arrow keys to move between periods.',
} as const;
