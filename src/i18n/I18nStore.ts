import type { Locale } from './locale';
import { loadDictionary, namespaces, type Dictionary, type Namespace } from './namespaces';

export interface I18nSnapshot {
  locale: Locale;
  messages: Dictionary;
}

/**
 * The page's language and the messages loaded so far. Routes ask for their namespaces before they
 * render. The language is the address's, so it does not change while the page lives.
 */
export class I18nStore {
  private snapshot: I18nSnapshot;
  private loaded: Set<Namespace>;
  private listeners = new Set<() => void>();

  constructor(locale: Locale, messages: Dictionary = {}, loaded: readonly Namespace[] = []) {
    this.snapshot = { locale, messages };
    this.loaded = new Set(loaded);
  }

  /** A store with every namespace already loaded (tests and static rendering). */
  static complete(locale: Locale, messages: Dictionary): I18nStore {
    return new I18nStore(locale, messages, namespaces);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  /** Whether these namespaces' messages are here already. */
  hasLoaded(wanted: readonly Namespace[]): boolean {
    return wanted.every((namespace) => this.loaded.has(namespace));
  }

  async require(wanted: readonly Namespace[]): Promise<void> {
    const missing = wanted.filter((namespace) => !this.loaded.has(namespace));
    if (missing.length === 0) return;
    const { locale } = this.snapshot;
    const messages = await loadDictionary(locale, missing);
    for (const namespace of missing) this.loaded.add(namespace);
    this.update({ locale, messages: { ...this.snapshot.messages, ...messages } });
  }

  private update(snapshot: I18nSnapshot) {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
