/**
 * For loading-state stories: requests to URLs that `matches` accepts never answer (until aborted), so the element
 * stays in its loading state. Every other request goes through. Use as a story's `beforeEach`; the returned
 * cleanup puts `fetch` back when the story is left.
 */
export function holdFetch(matches: (url: string) => boolean): () => void {
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!matches(url)) return original(input, init);
    return new Promise<Response>((_resolve, reject) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  };
  return () => {
    window.fetch = original;
  };
}

/** The URL the loading stories point at; {@link holdFetch} keeps it pending forever. */
export const stillLoadingUrl = './sample-data/still-loading.json';

/** A story `beforeEach` that holds requests to {@link stillLoadingUrl}. */
export const holdStillLoading = () => holdFetch((url) => url.includes('still-loading.json'));
