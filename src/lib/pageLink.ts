import { pageFolder } from './pageFolder';

/**
 * An internal link to a page, at its folder (/requests/), with its parameters. The router's base
 * holds the page's language (/fr/), so the link keeps it without naming it.
 */
export function pageLink(pathname: string, params?: URLSearchParams): { pathname: string; search: string } {
  const query = new URLSearchParams(params).toString();
  return { pathname: pageFolder(pathname), search: query ? `?${query}` : '' };
}
