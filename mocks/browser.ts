import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { isScenarioName, scenarios } from './scenarios';

/** Starts the mock API in the browser (development only). */
export async function startMockApi(search: string) {
  const requested = new URLSearchParams(search).get('scenario');
  const scenario = isScenarioName(requested) ? requested : 'default';
  const worker = setupWorker(...scenarios[scenario], ...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: scenario === 'default',
  });
  return scenario;
}
