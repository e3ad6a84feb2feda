import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { RequestsPage } from '../../src/features/requests/RequestsPage';
import { apiPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { manyRequests } from '../support/fixtures';
import { sampleDataset } from '../support/sample';
import { renderWithProviders } from '../support/renderWithProviders';

const route = '/requests';

function tableRow(tableName: string | RegExp, rowName: string | RegExp) {
  const table = screen.getByRole('table', { name: tableName });
  return within(table).getByRole('row', { name: rowName });
}

describe('Requests page', () => {
  it('states the zero disclosures in the headline category, period by period', async () => {
    renderWithProviders(<RequestsPage />, { path: route });
    expect(
      await screen.findByRole('heading', { name: 'Nothing disclosed in any period: Chinese government' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Chinese government: no US user data was disclosed in any of the 6 reported periods \(H1 2023 to H2 2025\)\. Requests received over the same periods: 12\./,
      ),
    ).toBeInTheDocument();
    const perPeriod = screen.getByRole('list', { name: 'Disclosures by period: Chinese government' });
    expect(
      within(perPeriod)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['H1 20230', 'H2 20230', 'H1 20240', 'H2 20240', 'H1 20250', 'H2 20250']);
  });

  it('tells a real zero, a suppressed, a banded and a not-reported figure apart in the table', async () => {
    renderWithProviders(<RequestsPage />, { path: route });
    await screen.findByRole('table', { name: 'Received and disclosed, by period and category' });
    const byPeriod = 'Received and disclosed, by period and category';
    expect(tableRow(byPeriod, /^Chinese government H2 2025/)).toHaveTextContent(/H2 2025\s*2\s*0\s*not reported$/);
    // Accounts specified, where the data gives them (US law enforcement in the sample).
    expect(tableRow(byPeriod, /^US law enforcement H2 2025/)).toHaveTextContent(/1,575\s*1,071\s*2,230$/);
    expect(tableRow(byPeriod, /^US national security H1 2023/)).toHaveTextContent('0–249');
    expect(tableRow(byPeriod, /^Civil litigants H1 2023/)).toHaveTextContent('at least 212');
  });

  it('says "fewer than 5" for a suppressed figure', async () => {
    renderWithProviders(<RequestsPage />, { path: `${route}?country=KR` });
    const country = await screen.findByRole('table', { name: 'By country, H2 2025' });
    expect(within(country).getByRole('row', { name: /^South Korea/ })).toHaveTextContent(/^South Koreafewer than 50$/);
  });

  it('says "not reported" rather than 0 when a single figure is missing', async () => {
    renderWithProviders(<RequestsPage />, { path: `${route}?type=civilLitigant&country=GB&period=2023-H1` });
    const table = await screen.findByRole('table', { name: 'By country, H1 2023' });
    expect(within(table).getByRole('row', { name: /^United Kingdom/ })).toHaveTextContent('not reportednot reported');
    const rate = screen.getByRole('table', { name: 'Disclosure rate, by period' });
    expect(within(rate).getByRole('row', { name: /^H1 2023/ })).toHaveTextContent('cannot be computed');
  });

  it('gives the publisher’s reason for figures it did not report, with the rows it covers', async () => {
    renderWithProviders(<RequestsPage />, { path: route });
    const section = await screen.findByRole('region', { name: 'Why some figures were not reported' });
    expect(within(section).getByText('Not collected before mid-2023')).toBeInTheDocument();
    expect(
      within(section).getByText('H1 2023, Civil litigants, United Kingdom: requests received, disclosures'),
    ).toBeInTheDocument();
  });

  it('lists no reasons where the rows shown have none', async () => {
    renderWithProviders(<RequestsPage />, { path: `${route}?from=2024-H1` });
    await screen.findByRole('table', { name: 'Received and disclosed, by period and category' });
    expect(screen.queryByRole('region', { name: 'Why some figures were not reported' })).not.toBeInTheDocument();
  });

  it('quotes a reason in the package’s language inside a page in another', async () => {
    server.use(http.get(apiPath('translations/fr.json'), () => HttpResponse.json({})));
    renderWithProviders(<RequestsPage />, { path: route, locale: 'fr' });
    const section = await screen.findByRole('region', { name: 'Pourquoi certains chiffres ne sont pas communiqués' });
    expect(within(section).getByText('Not collected before mid-2023')).toHaveAttribute('lang', 'en');
    const place = within(section).getByText('Civil litigants').closest('li');
    expect(place).toHaveTextContent('S1 2023, Civil litigants, Royaume-Uni : demandes reçues, communications');
    expect(within(place!).getByText('Civil litigants')).toHaveAttribute('lang', 'en');
  });

  it('applies filters from the URL and writes changes back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestsPage />, { path: `${route}?from=2024-H1&to=2024-H2` });
    const table = await screen.findByRole('table', { name: 'Received and disclosed, by period and category' });
    expect(within(table).queryByRole('row', { name: /2023/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'US law enforcement' }));
    expect(new URLSearchParams(window.location.search).getAll('category')).not.toContain('usLawEnforcement');
    expect(
      within(screen.getByRole('table', { name: /by period and category/ })).queryByRole('row', {
        name: /^US law enforcement/,
      }),
    ).toBeNull();
    await user.selectOptions(screen.getByLabelText('Country'), 'CN');
    expect(new URLSearchParams(window.location.search).get('country')).toBe('CN');
  });

  it('says which filters of the address the data lacks, applies the rest, and drops them on the next change', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestsPage />, { path: `${route}?from=2099-H1&to=2024-H2&country=ZZ` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This address asks for what the data does not have, so it is not applied: period “2099-H1”, country “ZZ”.',
    );
    expect(screen.queryByText('No request matches these filters.')).toBeNull();
    expect(screen.getByLabelText('Country')).toHaveValue('');
    const table = screen.getByRole('table', { name: 'Received and disclosed, by period and category' });
    expect(within(table).queryByRole('row', { name: /2025/ })).toBeNull();
    await user.selectOptions(screen.getByLabelText('Country'), 'CN');
    expect(window.location.search).toBe('?to=2024-H2&country=CN');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('tells screen readers what the charts show once a filter changes', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestsPage />, { path: `${route}?from=2024-H1&to=2024-H2` });
    await screen.findByRole('table', { name: 'Received and disclosed, by period and category' });
    const status = screen.getByText(/^Showing /);
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('Showing H1 2024 to H2 2024, all countries, all categories.');
    await user.selectOptions(screen.getByLabelText('Country'), 'CN');
    await user.click(screen.getByRole('checkbox', { name: 'US law enforcement' }));
    expect(status).toHaveTextContent(/^Showing H1 2024 to H2 2024, China, 6 of 7 categories\.$/);
    await user.selectOptions(screen.getByLabelText('From'), '2024-H2');
    expect(status).toHaveTextContent(/^Showing H2 2024, China, 6 of 7 categories\.$/);
  });

  it('offers to reset when nothing matches', async () => {
    const user = userEvent.setup();
    renderWithProviders(<RequestsPage />, { path: `${route}?type=chineseGovernment&country=US` });
    expect(await screen.findByText('No request matches these filters.', { selector: '.empty-state p' })).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Reset filters' }).at(-1)!);
    expect(await screen.findByRole('table', { name: /by period and category/ })).toBeInTheDocument();
  });

  it('shows an error panel with Retry when the requests fail', async () => {
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json([{ period: 'x' }])));
    renderWithProviders(<RequestsPage />, { path: route });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the access requests.');
    expect(alert).toHaveTextContent('field [0].period');
  });

  // Its own time limit, above the wait for the table: on two busy cores it has taken 8 s.
  it('renders 24,000 rows', async () => {
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(manyRequests(200, 20, 6))));
    renderWithProviders(<RequestsPage />, { path: route });
    const table = await screen.findByRole('table', { name: /By country/ }, { timeout: 10_000 });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 8 + 1);
  }, 30_000);

  it('works in French, the categories named as the package translates them', async () => {
    renderWithProviders(<RequestsPage />, { path: route, locale: 'fr' });
    expect(
      await screen.findByRole('heading', { name: 'Aucune communication, sur aucune période : Gouvernement chinois' }),
    ).toBeInTheDocument();
    expect(tableRow(/par période et catégorie/, /^Sécurité nationale américaine S1 2023/)).toHaveTextContent('0–249');
  });

  it('marks the names and scope a package leaves untranslated as English, inside French sentences', async () => {
    server.use(http.get(apiPath('translations/fr.json'), () => HttpResponse.json({})));
    renderWithProviders(<RequestsPage />, { path: route, locale: 'fr' });
    const headline = await screen.findByRole('heading', {
      name: 'Aucune communication, sur aucune période : Chinese government',
    });
    expect(within(headline).getByText('Chinese government')).toHaveAttribute('lang', 'en');
    const title = screen.getByRole('heading', { level: 1 });
    expect(within(title).getByText('US user data')).toHaveAttribute('lang', 'en');
    // The filter, the panel's caption and the table's row headers all name the category.
    const names = screen.getAllByText('US national security');
    expect(names.map((name) => name.closest('label, figcaption, th')?.tagName)).toEqual(
      expect.arrayContaining(['LABEL', 'FIGCAPTION', 'TH']),
    );
    for (const name of names) expect(name).toHaveAttribute('lang', 'en');
  });

  it('states disclosures published as shares as shares, in the table, the headline and the rate', async () => {
    const rows = [
      {
        period: '2025-H1',
        category: 'chineseGovernment',
        country: 'CN',
        received: { kind: 'exact', value: 30 },
        disclosed: { kind: 'share', percent: 50 },
      },
      {
        period: '2025-H2',
        category: 'chineseGovernment',
        country: 'CN',
        received: { kind: 'exact', value: 10 },
        disclosed: { kind: 'share', percent: 10 },
      },
    ];
    // The data declares the two periods it has figures for: with one more, the share of the whole would not be known.
    const meta = { ...sampleDataset.meta, periods: sampleDataset.meta.periods.filter((p) => p.id.startsWith('2025')) };
    server.use(
      http.get(apiPath('access-requests.json'), () => HttpResponse.json(rows)),
      http.get(apiPath('meta.json'), () => HttpResponse.json(meta)),
    );
    renderWithProviders(<RequestsPage />, { path: route });
    expect(await screen.findByRole('heading', { name: 'Data was disclosed: Chinese government' })).toBeInTheDocument();
    expect(screen.getByText(/some US user data was disclosed for 40% of requests/)).toBeInTheDocument();
    const byPeriod = 'Received and disclosed, by period and category';
    expect(tableRow(byPeriod, /^Chinese government H1 2025/)).toHaveTextContent(/30\s*50% of requests$/);
    expect(screen.getByText(/A share \(%\)/)).toBeInTheDocument();
    const rate = screen.getByRole('table', { name: 'Disclosure rate, by period' });
    expect(within(rate).getByRole('row', { name: /^H2 2025/ })).toHaveTextContent('10%');
  });
});
