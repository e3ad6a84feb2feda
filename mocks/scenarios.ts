import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import dataPackage from 'virtual:drd-data-package';
import { apiPath, packageHandlers } from './handlers';

export const scenarioNames = ['default', 'slow', 'error', 'empty', 'malformed', 'invalid', 'timeout'] as const;
export type ScenarioName = (typeof scenarioNames)[number];

const everyResource = apiPath('*');

/**
 * Handlers layered over the defaults to demo and test failure modes.
 * Pick one with `?scenario=` in development.
 */
export const scenarios: Record<ScenarioName, RequestHandler[]> = {
  default: [],
  slow: [
    http.get(everyResource, async () => {
      await delay(2500);
    }),
  ],
  error: [http.get(everyResource, () => new HttpResponse(null, { status: 500 }))],
  empty: packageHandlers({
    info: dataPackage.info,
    dataset: {
      ...dataPackage.dataset,
      storageLocations: [],
      replicationFlows: [],
      locationAccess: [],
      accessControls: [],
      auditStatistics: [],
      accessRequests: [],
    },
  }),
  malformed: [
    http.get(
      everyResource,
      () => new HttpResponse('{"truncated": ', { headers: { 'Content-Type': 'application/json' } }),
    ),
  ],
  invalid: [http.get(everyResource, () => HttpResponse.json({ unexpected: true }))],
  timeout: [
    http.get(everyResource, async () => {
      await delay('infinite');
    }),
  ],
};

export function isScenarioName(value: string | null): value is ScenarioName {
  return scenarioNames.includes(value as ScenarioName);
}
