/** Chunks imported again under an address of their own, by the address that failed: one new module each. */
const reloaded = new Map<string, Promise<unknown>>();
/** Every new address is a new one: an address that failed stays failed too. */
let queries = 0;

/**
 * The same-origin address of the chunk a failed dynamic import names, if it names one. Chromium
 * writes "Failed to fetch dynamically imported module: <address>", Firefox "error loading
 * dynamically imported module: <address>"; Safari names none.
 */
export function failedChunkAddress(error: unknown, base = location.href): string | null {
  const named = /dynamically imported module: (\S+)/i.exec(String(error));
  const address = named && new URL(named[1]!, base);
  return address && address.origin === new URL(base).origin ? address.href : null;
}

/**
 * Loads code again after it failed to arrive. Browsers that follow whatwg/html#10327 fetch a failed
 * module again on the next import(). Older ones, Chromium 150 among them, keep the failure in their
 * module map for the page's life, so the same import fails at once, with no request. Their error
 * names the chunk: imported under a query of its own, it is a new entry in that map, and is fetched.
 * Every caller retrying the same chunk shares that one new module. Only the chunk the error names is
 * retried so: a chunk it imports, should that be what failed, stays failed in such a browser.
 */
export async function importAgain<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const address = failedChunkAddress(error);
    if (!address) throw error;
    let module = reloaded.get(address);
    if (!module) {
      reloaded.set(address, (module = import(/* @vite-ignore */ `${address}?retry=${++queries}`)));
      module.catch(() => reloaded.delete(address));
    }
    return (await module) as T;
  }
}
