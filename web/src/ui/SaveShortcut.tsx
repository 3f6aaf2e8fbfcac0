import { useEffect, useRef } from 'react';

/**
 * Ctrl+S (⌘S on a Mac) while working in the form it sits in submits it, as its save button does,
 * instead of the browser saving the page. Place it inside the `<form>`.
 */
export function SaveShortcut() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest('form');
    if (!form) return;
    const saveOnShortcut = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        form.requestSubmit();
      }
    };
    form.addEventListener('keydown', saveOnShortcut);
    return () => form.removeEventListener('keydown', saveOnShortcut);
  }, []);
  return <span ref={marker} hidden />;
}
