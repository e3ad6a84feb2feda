import { useCallback, useMemo, type AnchorHTMLAttributes } from 'react';
import { Link as RouterLink, useLocation, useRouter } from 'wouter';
import { useLocationProperty } from 'wouter/use-browser-location';

/**
 * The app's words for where the reader is and where a link goes, over wouter. Paths are the
 * router's: below its base, which holds the site's base and the page's language (/fr/), so a link
 * keeps the language without naming it.
 */
export interface Address {
  pathname: string;
  search: string;
  hash: string;
}

export type To = string | ({ pathname: string } & Partial<Omit<Address, 'pathname'>>);

const prefixed = (mark: string, part = '') =>
  part === '' || part === mark ? '' : part.startsWith(mark) ? part : `${mark}${part}`;

export function hrefOf(to: To): string {
  return typeof to === 'string' ? to : `${to.pathname}${prefixed('?', to.search)}${prefixed('#', to.hash)}`;
}

// A prerendered page is written for its path alone: no search, no fragment. Hydration reads the same.
const asPrerendered = () => '';
const currentSearch = () => window.location.search;
const currentHash = () => window.location.hash;

/** Where the reader is, below the router's base; search and hash as the address has them (undecoded). */
export function useAddress(): Address {
  const [pathname] = useLocation();
  const search = useLocationProperty(currentSearch, asPrerendered);
  const hash = useLocationProperty(currentHash, asPrerendered);
  return useMemo(() => ({ pathname, search, hash }), [pathname, search, hash]);
}

export interface NavigateOptions {
  /** Replaces the current entry of the history instead of adding one. */
  replace?: boolean;
}

export function useNavigate(): (to: To, options?: NavigateOptions) => void {
  const [, navigate] = useLocation();
  return useCallback((to: To, options?: NavigateOptions) => navigate(hrefOf(to), options), [navigate]);
}

/** The address a link to `to` has in the page: under the site's base and the language's. */
export function useHref(to: To): string {
  return `${useRouter().base}${hrefOf(to)}`;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: To; replace?: boolean };

/** A link the router follows without reloading the page; a modified or middle click opens it as usual. */
export function Link({ to, ...props }: LinkProps) {
  return <RouterLink href={hrefOf(to)} {...props} />;
}

const withoutTrailingSlash = (path: string) => path.replace(/(.)\/+$/, '$1');

export const isSamePage = (one: string, other: string) => withoutTrailingSlash(one) === withoutTrailingSlash(other);

/** A link in the navigation, marked as the current page where the reader is. */
export function NavLink({ to, ...props }: LinkProps) {
  const { pathname } = useAddress();
  const target = typeof to === 'string' ? to : to.pathname;
  return <Link to={to} aria-current={isSamePage(pathname, target) ? 'page' : undefined} {...props} />;
}
