import { lazy, useState, type ComponentType } from 'react';

/**
 * A part of the pane in its own chunk that can also be loaded ahead of need. `Part` renders it
 * through React.lazy (inside a Suspense boundary: <Lazy>) until it has loaded; once loaded,
 * it renders directly, without suspending: a lazy part suspends on its first render even when
 * its chunk is already there, and React then holds the fallback ~300 ms before showing it.
 * Each mounted Part keeps the way it began with, so a part is never remounted.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  const get = () => load().then((component) => (loaded = component));
  const Suspending = lazy(async () => ({ default: await get() }));
  function Part(props: P) {
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return <Component {...props} />;
  }
  /** Loads the part; a failure is left to its first render, which says it could not be loaded. */
  const preload = () => void get().catch(() => undefined);
  return { Part, preload };
}
