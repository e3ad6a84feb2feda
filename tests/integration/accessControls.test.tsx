import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { AccessControlsPage } from '../../src/features/access-controls/AccessControlsPage';
import { sampleDataset } from '../support/sample';
import { apiPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { manyControls } from '../support/fixtures';
import { renderWithProviders } from '../support/renderWithProviders';

const route = '/access-controls';

async function controlRows() {
  const table = await screen.findByRole('table', { name: 'Controls' });
  return within(table).getAllByRole('row').slice(1);
}

describe('Access controls page', () => {
  it('lists every control with its columns', async () => {
    renderWithProviders(<AccessControlsPage />, { path: route });
    const rows = await controlRows();
    expect(rows).toHaveLength(14);
    const first = rows[0]!;
    expect(first).toHaveTextContent('AC-01');
    expect(first).toHaveTextContent('Named accounts with hardware-key MFA');
    expect(first).toHaveTextContent('Identity and authentication');
    expect(first).toHaveTextContent('Implemented');
    expect(first).toHaveTextContent('SOC 2 CC6.1');
    expect(first).toHaveTextContent('Nov 20, 2025');
    expect(within(first).getByRole('link', { name: 'Audit report excerpt' })).toHaveAttribute(
      'href',
      'https://example.org/transparency/evidence/ac-01.pdf',
    );
    expect(screen.getByText('Showing 14 of 14 controls.')).toBeInTheDocument();
  });

  it('filters by framework and status, and writes the view into the URL', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    await controlRows();
    await user.selectOptions(screen.getByLabelText('Framework'), 'ISO27001');
    await user.selectOptions(screen.getByLabelText('Status'), 'planned');
    expect((await controlRows()).map((row) => row.querySelector('th')?.textContent)).toEqual(['AC-10', 'AC-14']);
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      status: 'planned',
      framework: 'ISO27001',
    });
  });

  it('reads search, filters and sort from the URL', async () => {
    renderWithProviders(<AccessControlsPage />, { path: `${route}?q=access&sort=lastReviewed&dir=desc` });
    const rows = await controlRows();
    expect(screen.getByLabelText('Search controls')).toHaveValue('access');
    const dates = rows.map((row) => row.querySelectorAll('td')[4]?.textContent);
    expect(dates).toEqual([...dates].sort((a, b) => Date.parse(b!) - Date.parse(a!)));
    const header = screen.getByRole('columnheader', { name: /Last reviewed/ });
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by a column when its header is pressed, then reverses', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    await controlRows();
    await user.click(screen.getByRole('button', { name: 'Sort by Title' }));
    let rows = await controlRows();
    expect(rows[0]).toHaveTextContent('Access limited to US-based personnel');
    await user.click(screen.getByRole('button', { name: 'Sort by Title' }));
    rows = await controlRows();
    expect(rows[0]).toHaveTextContent('Vendor access through monitored gateway');
  });

  it('flags overdue reviews and filters to them', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    await controlRows();
    expect(screen.getAllByText('Review overdue')).toHaveLength(2);
    await user.click(screen.getByLabelText('Only controls whose review is overdue'));
    expect((await controlRows()).map((row) => row.querySelector('th')?.textContent)).toEqual(['AC-05', 'AC-11']);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: `${route}?q=nothing-like-this` });
    expect(await screen.findByText('No control matches these filters.')).toBeInTheDocument();
    const emptyState = screen.getByText('No control matches these filters.').parentElement!;
    await user.click(within(emptyState).getByRole('button', { name: 'Clear filters' }));
    expect(await controlRows()).toHaveLength(14);
    expect(window.location.search).toBe('');
  });

  it('opens a control from its permalink, with its full text and evidence', async () => {
    renderWithProviders(<AccessControlsPage />, { path: `${route}#AC-07` });
    const detail = await screen.findByRole('region', { name: 'AC-07: Independent review of access logs' });
    expect(detail).toHaveTextContent('A team outside engineering reviews a sample of access logs every week');
    expect(within(detail).getByText('NIST SP 800-53 AU-6')).toBeInTheDocument();
    expect(within(detail).getByRole('link', { name: /AC-07$/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/#AC-07$/),
    );
  });

  it('says so when a permalink names no control, as an alert that takes the focus', async () => {
    renderWithProviders(<AccessControlsPage />, { path: `${route}#AC-99` });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('No control has the id “AC-99”.');
    await waitFor(() => expect(alert).toHaveFocus());
  });

  it('says so, and keeps working, when a permalink is malformed', async () => {
    renderWithProviders(<AccessControlsPage />, { path: `${route}#AC-%E0%A4%A` });
    expect(await screen.findByText('No control has the id “AC-%E0%A4%A”.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Controls/ })).toBeInTheDocument();
  });

  it('renders only http(s) evidence as links and never injects API text as HTML', async () => {
    const hostile = {
      ...sampleDataset.accessControls[0]!,
      title: '<img src=x onerror="window.__pwned=1">',
      evidence: [
        { label: 'Script', url: 'javascript:alert(1)' },
        { label: 'Data', url: 'data:text/html,<b>x</b>' },
        { label: 'Good', url: 'https://example.org/ok' },
      ],
    };
    server.use(http.get(apiPath('access-controls.json'), () => HttpResponse.json([hostile])));
    renderWithProviders(<AccessControlsPage />, { path: route });
    const [row] = await controlRows();
    expect(row).toHaveTextContent('<img src=x onerror="window.__pwned=1">');
    expect(row!.querySelector('img')).toBeNull();
    expect(within(row!).queryByRole('link', { name: 'Script' })).toBeNull();
    expect(within(row!).getByText('javascript:alert(1)')).toBeInTheDocument();
    expect(within(row!).queryByRole('link', { name: 'Data' })).toBeNull();
    expect(within(row!).getByRole('link', { name: 'Good' })).toHaveAttribute('href', 'https://example.org/ok');
  });

  it('shows the audit statistics of the latest period with the change from the one before', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    const table = await screen.findByRole('table', { name: 'Audit statistics for H2 2025, compared with H1 2025' });
    const received = within(table).getByRole('row', { name: /^Received/ });
    expect(received).toHaveTextContent('860902-42');
    await user.selectOptions(screen.getByLabelText('Reporting period'), '2023-H1');
    const first = await screen.findByRole('table', { name: /H1 2023 \(no earlier period/ });
    expect(within(first).getByRole('row', { name: /^Received/ })).toHaveTextContent('1,340——');
  });

  it('quotes the publisher’s note on a period’s requests, in the package’s language on a French page', async () => {
    const statistics = sampleDataset.auditStatistics.map((item) =>
      item.period === '2025-H2'
        ? {
            ...item,
            employeeAccessRequests: {
              ...item.employeeAccessRequests,
              received: 870,
              note: '10 requests still pending',
            },
          }
        : item,
    );
    server.use(http.get(apiPath('audit-statistics.json'), () => HttpResponse.json(statistics)));
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route, locale: 'fr' });
    const note = await screen.findByText('10 requests still pending');
    expect(note).toHaveAttribute('lang', 'en');
    expect(note.closest('p')).toHaveTextContent(
      'Note de l’éditeur sur les demandes de cette période : 10 requests still pending',
    );
    await user.selectOptions(screen.getByLabelText('Période de référence'), '2025-H1');
    await screen.findByRole('table', { name: /S1 2025/ });
    expect(screen.queryByText('10 requests still pending')).not.toBeInTheDocument();
  });

  it('keeps the controls working when the audit statistics fail', async () => {
    server.use(http.get(apiPath('audit-statistics.json'), () => new HttpResponse('{', { status: 200 })));
    renderWithProviders(<AccessControlsPage />, { path: route });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the audit statistics.');
    expect(await controlRows()).toHaveLength(14);
  });

  it('handles 2,000 controls', async () => {
    server.use(http.get(apiPath('access-controls.json'), () => HttpResponse.json(manyControls(2000))));
    renderWithProviders(<AccessControlsPage />, { path: `${route}?status=planned&framework=SOC2` });
    expect(await screen.findByText('Showing 333 of 2,000 controls.')).toBeInTheDocument();
  });

  it('shows 2,000 controls a page of 100 at a time, and turns the pages', async () => {
    server.use(http.get(apiPath('access-controls.json'), () => HttpResponse.json(manyControls(2000))));
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    expect(await screen.findByText('Showing 2,000 of 2,000 controls.')).toBeInTheDocument();
    expect(await controlRows()).toHaveLength(100);
    const pager = screen.getAllByRole('navigation', { name: 'Pages of the table' })[0]!;
    expect(pager).toHaveTextContent('Rows 1 to 100 of 2,000, page 1 of 20.');
    expect(within(pager).getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(within(pager).getByRole('button', { name: 'Next page' }));
    expect((await controlRows())[0]).toHaveTextContent('GEN-0101');
    expect(new URLSearchParams(window.location.search).get('page')).toBe('2');
    // A filter shows a new list, from its first page.
    await user.selectOptions(screen.getByLabelText('Status'), 'planned');
    expect((await controlRows())[0]).toHaveTextContent('GEN-0003');
    expect(new URLSearchParams(window.location.search).get('page')).toBeNull();
  });

  it('prints every matching row, not only the page on screen', async () => {
    server.use(http.get(apiPath('access-controls.json'), () => HttpResponse.json(manyControls(250))));
    renderWithProviders(<AccessControlsPage />, { path: route });
    expect(await controlRows()).toHaveLength(100);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(await controlRows()).toHaveLength(250);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(await controlRows()).toHaveLength(100);
  });

  it('filters as the reader types, and puts the search in the address once they pause', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    await controlRows();
    await user.type(screen.getByLabelText('Search controls'), 'vendor');
    // The table follows every keystroke…
    expect(await controlRows()).toHaveLength(1);
    // …and the address, which the permalinks and the back button use, follows the pause.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('vendor'));
    expect(screen.getByLabelText('Search controls')).toHaveValue('vendor');
  });

  it('keeps what was typed when another filter changes before the pause', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AccessControlsPage />, { path: route });
    await controlRows();
    await user.type(screen.getByLabelText('Search controls'), 'access');
    await user.selectOptions(screen.getByLabelText('Status'), 'implemented');
    expect(Object.fromEntries(new URLSearchParams(window.location.search))).toEqual({
      q: 'access',
      status: 'implemented',
    });
    expect(screen.getByLabelText('Search controls')).toHaveValue('access');
  });

  it('works in French', async () => {
    renderWithProviders(<AccessControlsPage />, { path: route, locale: 'fr' });
    expect(await screen.findByText('14 contrôles affichés sur 14.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Contrôles d’accès des employés et audits');
    expect(screen.getAllByText('En place').length).toBeGreaterThan(0);
  });
});
