// Import first in jsdom component tests (`/** @jest-environment jsdom */`): fills the gaps Fluent UI meets in jsdom.
// Safe to import from node-environment tests too: it does nothing without a window.
import { setIconOptions } from '@fluentui/react/lib/Styling';

// Icons are not registered in tests (no icon font); Fluent would warn once per icon name.
setIconOptions({ disableWarnings: true });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false
      }) as MediaQueryList;
  }
  const w = window as unknown as { ResizeObserver?: unknown };
  if (!w.ResizeObserver) {
    w.ResizeObserver = class {
      public observe(): void {
        /* nothing to observe in jsdom */
      }
      public unobserve(): void {
        /* nothing */
      }
      public disconnect(): void {
        /* nothing */
      }
    };
  }
  if (!HTMLElement.prototype.scrollIntoView) {
    HTMLElement.prototype.scrollIntoView = () => undefined;
  }
}
