import { useState } from 'react';

/** True from the first render where `now` is true: a lazily loaded part, once needed, stays mounted (and keeps its state). */
export function useLatch(now: boolean): boolean {
  const [latched, setLatched] = useState(now);
  if (now && !latched) setLatched(true);
  return latched || now;
}
