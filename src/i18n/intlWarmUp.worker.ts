// Makes the page's first Intl formatters on a thread of its own: see intlWarmUp.ts.
import { intlFirstUses } from './intlFirstUses';
import type { Locale } from './locale';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Locale>) => void) | null;
  postMessage: (message: 'warm') => void;
};

scope.onmessage = (event) => {
  for (const firstUse of intlFirstUses(event.data)) firstUse();
  scope.postMessage('warm');
};
