import type { ComponentProps } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export type LinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** Where it goes: a path, or parts of one (`{ search }` keeps the path and changes the query). */
  to: To;
  /** History state the page it opens reads (the wizard's Change links say which answer to focus). */
  state?: unknown;
  replace?: boolean;
};

/**
 * A link to a page of this app that navigates in place, as React Router's own `<Link>` does (links that
 * leave the app are plain `<a>` elements), built from the two hooks React Router provides for that
 * (`useHref`, `useLinkClickHandler`: modified clicks, other targets and other buttons stay the browser's).
 * React Router's `<Link>` also brings route-module prefetching and discovery for its framework mode, which
 * this app does not use and which every page would otherwise download (about 2 kB gzip).
 */
export function Link({ to, state, replace, onClick, target, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { state, replace, target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) navigate(event);
      }}
    />
  );
}
