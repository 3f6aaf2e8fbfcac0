import { ApiError } from '../api/errors.ts';

/** `attachment; filename="products-2026-03-31.csv"` → `products-2026-03-31.csv`. */
function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition && /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return (disposition && /filename="?([^";]+)"?/i.exec(disposition)?.[1]) ?? null;
}

/**
 * Saves a file the API answers (exports need the bearer token, so a plain link cannot fetch
 * them); the name comes from the answer's Content-Disposition.
 */
export async function saveDownload(
  call: Promise<{ data?: Blob; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const { data, error, response } = await call;
  if (!response.ok || !data) throw ApiError.from(response, error);
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
