// React 19 for the browser tests, its server renderer too. react and react-dom ship CommonJS, which the test server
// does not convert, so this web-test-runner plugin serves them bundled as one ES module at /__react19.js (built with
// esbuild on first request).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const react19Path = '/__react19.js';

export function react19Plugin() {
  let bundle;
  return {
    name: 'dz-react19-bundle',
    async serve(context) {
      if (context.path !== react19Path) return undefined;
      bundle ??= build({
        stdin: {
          contents: [
            "export { createElement, useEffect, useRef } from 'react';",
            "export { createRoot, hydrateRoot } from 'react-dom/client';",
            "export { flushSync } from 'react-dom';",
            // React's server renderer, its browser build (the Node one needs Node's streams): a server render in the page.
            "export { renderToString } from 'react-dom/server.browser';",
          ].join(' '),
          resolveDir: fileURLToPath(new URL('../..', import.meta.url)),
        },
        bundle: true,
        format: 'esm',
        write: false,
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundle, type: 'js' };
    },
  };
}
