// Sets the saved colour scheme before the app renders, so a dark page does not flash white.
// A file rather than an inline script: the Content-Security-Policy allows only the app's own scripts.
try {
  const scheme = localStorage.getItem('mantine-color-scheme-value');
  const dark = scheme === 'dark' || (scheme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
} catch {}
