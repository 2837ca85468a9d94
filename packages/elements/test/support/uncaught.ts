/** Watching a page for what goes wrong outside a test's own awaits, in the browser tests of the elements. */

/**
 * Collects what goes wrong on the page while a case runs: uncaught errors and unhandled rejections (each kept from
 * the console, so the case, not the runner, says it). `stop()` ends the watch.
 */
export function watchUncaught(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => {
    problems.push(`unhandled rejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}
