import * as React from 'react';

/**
 * A ref that is true while the component is mounted: an async read or write checks it before setting state, so a
 * late answer after the web part was closed or the panel dismissed changes nothing.
 */
export function useIsMounted(): { readonly current: boolean } {
  const mounted = React.useRef<boolean>(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
