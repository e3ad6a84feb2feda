import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { OverviewPage } from '../../src/app/pages/OverviewPage';
import { sampleDataset } from '../support/sample';
import { apiPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { manyLocations } from '../support/fixtures';
import { renderWithProviders } from '../support/renderWithProviders';

function figure(label: RegExp) {
  return screen.getByRole('heading', { name: label }).closest('.figure-card') as HTMLElement;
}

describe('Overview', () => {
  it('states the zero disclosures in the headline category in figure and in words', async () => {
    renderWithProviders(<OverviewPage />);
    await screen.findByText(
      'Chinese government: no US user data was disclosed in any of the 6 reported periods (H1 2023 to H2 2025).',
    );
    const card = figure(/Disclosures: Chinese government/);
    expect(within(card).getByText('0')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'See the requests' })).toHaveAttribute('href', '/requests/');
  });

  it('derives every key figure from the API', async () => {
    renderWithProviders(<OverviewPage />);
    await screen.findByText('9 of 14');
    expect(within(figure(/^Storage locations$/)).getByText('2')).toBeInTheDocument();
    expect(within(figure(/^Storage locations$/)).getByText('1 primary, 1 backup.')).toBeInTheDocument();
    expect(within(figure(/Last updated/)).getByText('February 15, 2026')).toBeInTheDocument();
  });

  it('does not claim a zero when a Chinese-government figure is not reported', async () => {
    const requests = sampleDataset.accessRequests.map((row) =>
      row.category === 'chineseGovernment' && row.period === '2024-H1'
        ? { ...row, disclosed: { kind: 'notReported' as const } }
        : row,
    );
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(requests)));
    renderWithProviders(<OverviewPage />);
    const card = await waitFor(() => figure(/Disclosures: Chinese government/));
    await within(card).findByText('at least 0');
    expect(
      within(card).getByText(/not every period is fully reported \(H1 2024\), so this is not a zero/),
    ).toBeInTheDocument();
    expect(within(card).queryByText(/no US user data was disclosed/)).not.toBeInTheDocument();
  });

  it('does not call a suppressed headline total a zero nor a disclosure', async () => {
    const requests = sampleDataset.accessRequests.map((row) =>
      row.category === 'chineseGovernment' && row.period === '2025-H1'
        ? { ...row, disclosed: { kind: 'suppressed' as const, lessThan: 5 } }
        : row,
    );
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(requests)));
    renderWithProviders(<OverviewPage />);
    const card = await waitFor(() => figure(/Disclosures: Chinese government/));
    await within(card).findByText('0–4');
    expect(within(card).getByText(/may hide disclosures of US user data, or none/)).toBeInTheDocument();
  });

  it('lists Virginia (primary) and Singapore (backup) and opens details from the list', async () => {
    const user = userEvent.setup();
    renderWithProviders(<OverviewPage />);
    const table = await screen.findByRole('table', { name: 'Storage locations as a list' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Virginia, United States.*Primary/),
      expect.stringMatching(/Singapore, Singapore.*Backup/),
    ]);
    await user.click(within(table).getByRole('button', { name: 'Singapore, Singapore' }));
    const details = await screen.findByRole('region', { name: 'Details: Singapore, Singapore' });
    expect(within(details).getByText(/Receives a copy from Virginia \(asynchronous\)/)).toBeInTheDocument();
    // Who can reach the place is a query of its own, which the details fetch once drawn.
    expect(await within(details).findByText('fewer than 5')).toBeInTheDocument();
    expect(window.location.search).toBe('?location=sg-singapore');
  });

  it('opens with the location from ?location= selected, and says so when it is unknown', async () => {
    renderWithProviders(<OverviewPage />, { path: '/?location=us-virginia' });
    const details = await screen.findByRole('region', { name: 'Details: Virginia, United States' });
    expect(within(details).getByText('AES-256-GCM', { exact: false })).toBeInTheDocument();
  });

  it("writes a place's coordinates and access figures with each language's punctuation", async () => {
    renderWithProviders(<OverviewPage />, { path: '/?location=us-virginia', locale: 'fr' });
    const details = await screen.findByRole('region', { name: /Virginie/ });
    // French writes decimals with a comma, so the two coordinates are parted by a semicolon. (Which
    // minus sign Intl writes depends on the ICU: Node's and Chromium's differ.)
    const coordinates = within(details).getByText('Coordonnées').nextElementSibling;
    expect(coordinates?.textContent).toMatch(/^39,04\u202f; [-\u2212]77,49$/);
    const figure = await within(details).findByText('728');
    expect(figure.tagName).toBe('STRONG');
    expect(figure.parentElement?.textContent).toBe('S1 2025\u202f: 728');
  });

  it('gives the publisher’s reason beside an access figure it did not report', async () => {
    const access = sampleDataset.locationAccess.map((row) =>
      row.location === 'us-virginia' && row.period === '2025-H1'
        ? { ...row, approved: { kind: 'notReported', reason: 'Audit still open' } }
        : row,
    );
    server.use(http.get(apiPath('location-access.json'), () => HttpResponse.json(access)));
    renderWithProviders(<OverviewPage />, { path: '/?location=us-virginia', locale: 'fr' });
    const details = await screen.findByRole('region', { name: /Virginie/ });
    const reason = await within(details).findByText('Audit still open');
    expect(reason).toHaveAttribute('lang', 'en');
    expect(reason.closest('li')?.textContent).toBe('S1 2025\u202f: non communiqué (Audit still open)');
  });

  it('reports an unknown ?location= id instead of showing nothing', async () => {
    renderWithProviders(<OverviewPage />, { path: '/?location=atlantis' });
    expect(await screen.findByText('No storage location has the id “atlantis”.')).toHaveAttribute('role', 'alert');
  });

  it('puts a named, keyboard-reachable marker on the map for every location', async () => {
    renderWithProviders(<OverviewPage />);
    const virginia = await screen.findByRole('button', { name: 'Virginia, United States: primary storage' });
    expect(virginia).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('button', { name: 'Singapore, Singapore: backup storage' })).toBeInTheDocument();
  });

  it('handles 22 locations, two of them at nearly the same place', async () => {
    server.use(http.get(apiPath('storage-locations.json'), () => HttpResponse.json(manyLocations(22))));
    renderWithProviders(<OverviewPage />);
    const table = await screen.findByRole('table', { name: 'Storage locations as a list' });
    expect(within(table).getAllByRole('row')).toHaveLength(23);
    await screen.findByRole('button', { name: 'Frankfurt A, Singapore: backup storage' });
    expect(screen.getByRole('button', { name: 'Frankfurt B, Singapore: backup storage' })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /: (primary|backup) storage$/ })).toHaveLength(22);
  });

  it('shows one failing panel with a working Retry while the others keep working', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get(apiPath('access-controls.json'), () =>
        fail ? new HttpResponse(null, { status: 500 }) : HttpResponse.json(sampleDataset.accessControls),
      ),
    );
    renderWithProviders(<OverviewPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the access controls.');
    expect(alert).toHaveTextContent('HTTP status 500');
    expect(await screen.findByText(/no US user data was disclosed/)).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('9 of 14')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French with French numbers and dates, and the data’s own text in French', async () => {
    renderWithProviders(<OverviewPage />, { locale: 'fr' });
    expect(await screen.findByText('9 sur 14')).toBeInTheDocument();
    expect(await screen.findByText('15 février 2026')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Où sont stockées les données (données des utilisateurs américains)',
    );
  });
});
