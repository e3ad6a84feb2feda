import type { ReactNode } from 'react';
import { safeHttpUrl } from '../lib/safeUrl';

interface Props {
  href: string;
  children: ReactNode;
}

/** A link only for http(s) URLs; anything else (javascript:, data:…) is inert text. */
export function SafeLink({ href, children }: Props) {
  const url = safeHttpUrl(href);
  if (!url) return <span className="inert-link">{children}</span>;
  return (
    <a href={url} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  );
}
