import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../support/sample';
import { apiPath } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { I18nProvider } from '../../src/i18n/I18nProvider';
import { I18nStore } from '../../src/i18n/I18nStore';
import { allMessages } from '../../src/i18n/messages/all';
import type { Locale } from '../../src/i18n/locale';
import { FetchCache } from '../../src/lib/fetchCache';
import { parseWidgetParams } from '../../src/lib/widgetParams';
import { ResourceCacheProvider } from '../../src/widget/useResource';
import { Widget } from '../../src/widget/Widget';

function renderWidget(search: string, locale: Locale = 'en') {
  const { params, problems } = parseWidgetParams(search);
  return render(
    <I18nProvider store={I18nStore.complete(locale, allMessages[locale])}>
      <ResourceCacheProvider value={new FetchCache({ retry: 0, retryDelay: 0 })}>
        <Widget params={params} problems={problems} />
      </ResourceCacheProvider>
    </I18nProvider>,
  );
}

describe('Widget', () => {
  it('shows the key figures from the API, with its source', async () => {
    renderWidget('?view=stats');
    expect(await screen.findByText('9 of 14')).toBeInTheDocument();
    expect(screen.getByText(/Chinese government: no US user data was disclosed in any of the 6/)).toBeInTheDocument();
    expect(screen.getByText('February 15, 2026')).toBeInTheDocument();
    expect(await screen.findByText(/Source: Example Platform \(sample\), data version 2026\.2/)).toBeInTheDocument();
  });

  it('shows the data’s own text in the frame’s language, and marks the English it falls back to', async () => {
    renderWidget('?view=controls&lang=fr', 'fr');
    const row = await screen.findByRole('row', { name: /^AC-01/ });
    expect(within(row).getByText('Comptes nominatifs avec MFA par clé matérielle')).not.toHaveAttribute('lang');
    cleanup();
    // The sample's Arabic translation leaves the controls in English.
    renderWidget('?view=controls&lang=ar', 'ar');
    const untranslated = await screen.findByRole('row', { name: /^AC-01/ });
    expect(within(untranslated).getByText('Named accounts with hardware-key MFA')).toHaveAttribute('lang', 'en');
  });

  it('does not call a suppressed or not-reported headline figure a zero, in English or French', async () => {
    const requests = sampleDataset.accessRequests.map((row) =>
      row.category !== 'chineseGovernment'
        ? row
        : row.period === '2025-H1'
          ? { ...row, disclosed: { kind: 'band' as const, min: 0, max: 249 } }
          : row.period === '2025-H2'
            ? { ...row, disclosed: { kind: 'notReported' as const } }
            : row,
    );
    server.use(http.get(apiPath('access-requests.json'), () => HttpResponse.json(requests)));
    renderWidget('?view=stats');
    expect(
      await screen.findByText(/not every period is fully reported \(H2 2025\), so this is not a zero/),
    ).toBeInTheDocument();
    expect(screen.getByText('at least 0')).toBeInTheDocument();
    expect(screen.queryByText(/no US user data was disclosed/)).not.toBeInTheDocument();
    cleanup();
    renderWidget('?view=stats&lang=fr', 'fr');
    expect(
      await screen.findByText(/certaines périodes ne sont pas entièrement publiées \(S2 2025\)/),
    ).toBeInTheDocument();
    expect(screen.getByText('au moins 0')).toBeInTheDocument();
  });

  it('fetches each resource once, however many parts of the frame read it', async () => {
    let metaRequests = 0;
    server.use(
      http.get(apiPath('meta.json'), () => {
        metaRequests += 1;
        return HttpResponse.json(sampleDataset.meta);
      }),
    );
    renderWidget('?view=stats');
    await screen.findByText('February 15, 2026');
    await screen.findByText(/Source: Example Platform/);
    expect(metaRequests).toBe(1);
  });

  it('shows one failing figure with a working Retry while the others keep working', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get(apiPath('access-controls.json'), () =>
        fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleDataset.accessControls),
      ),
    );
    renderWidget('?view=stats');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the access controls.');
    expect(alert).toHaveTextContent('HTTP status 503');
    expect(await screen.findByText('1 primary, 1 backup.')).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('9 of 14')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('speaks French, and names the field of a wrong shape instead of showing the data', async () => {
    server.use(http.get(apiPath('access-controls.json'), () => HttpResponse.json([{ id: 42 }])));
    renderWidget('?view=controls&lang=fr', 'fr');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les contrôles d’accès.');
    expect(alert).toHaveTextContent('(champ [0].id)');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeEnabled();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when the replication flows fail, rather than drawing a map without them', async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get(apiPath('replication-flows.json'), () =>
        fail ? new HttpResponse(null, { status: 503 }) : HttpResponse.json(sampleDataset.replicationFlows),
      ),
    );
    renderWidget('?view=map');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the replication flows.');
    expect(screen.getByRole('table', { name: 'Storage locations as a list' })).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('explains a wrong address in the frame’s language, lists included', async () => {
    renderWidget('?view=requests&lang=zh-Hans&period=last&theme=blue', 'zh-Hans');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“last”不是有效的期间。期间为年、半年或季度，写法如 2025、2025-H1、2025-Q3。');
    expect(alert).toHaveTextContent('允许的值：auto、light、dark。');
    expect(alert).not.toHaveTextContent(/\bor\b/);
  });
});
