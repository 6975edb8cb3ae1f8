import * as React from 'react';

/**
 * The current time, refreshed every `intervalMs` (for clocks such as "waited 7 minutes"). With `fixed` (tests,
 * screenshots) it returns that instant and sets no timer.
 */
export function useNow(intervalMs: number, fixed?: Date): Date {
  const [now, setNow] = React.useState<Date>(() => fixed || new Date());
  React.useEffect(() => {
    if (fixed) {
      setNow(fixed);
      return undefined;
    }
    const id: number = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(id);
  }, [fixed, intervalMs]);
  return now;
}
