/**
 * A page's address as a static host serves it: its folder, with the trailing slash
 * (/requests/), which answers at once where /requests answers with a redirect.
 */
export function pageFolder(path: string): string {
  return path === '' || path.endsWith('/') ? path : `${path}/`;
}
