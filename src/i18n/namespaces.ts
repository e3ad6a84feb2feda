import type { Locale } from './locale';
import type { changes } from './messages/en/changes';
import type { common } from './messages/en/common';
import type { controls } from './messages/en/controls';
import type { data } from './messages/en/data';
import type { embed } from './messages/en/embed';
import type { overview } from './messages/en/overview';
import type { requests } from './messages/en/requests';
import type { widget } from './messages/en/widget';

/** Messages are split by page so that each page downloads only its own, in one language. */
export const namespaces = ['common', 'overview', 'controls', 'requests', 'embed', 'data', 'changes', 'widget'] as const;
export type Namespace = (typeof namespaces)[number];

type Source = typeof common &
  typeof overview &
  typeof controls &
  typeof requests &
  typeof embed &
  typeof data &
  typeof changes &
  typeof widget;
export type MessageKey = keyof Source;
export type Dictionary = Partial<Record<MessageKey, string>>;

// One chunk per language and namespace, each loaded when a page first needs it.
const messageModules = import.meta.glob<Record<string, Dictionary>>('./messages/*/*.ts');

function loadNamespace(locale: Locale, namespace: Namespace): Promise<Dictionary> {
  const load = messageModules[`./messages/${locale}/${namespace}.ts`];
  if (!load) throw new Error(`No ${namespace} messages in ${locale}`);
  return load().then((module) => module[namespace]!);
}

export async function loadDictionary(locale: Locale, wanted: readonly Namespace[]): Promise<Dictionary> {
  const parts = await Promise.all(wanted.map((namespace) => loadNamespace(locale, namespace)));
  return Object.assign({}, ...parts) as Dictionary;
}
