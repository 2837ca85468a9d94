/**
 * Serves a folder over HTTP on 127.0.0.1, e.g. the built docs site: `npx tsx scripts/serve.ts docs-site 8080`.
 * Stops on Ctrl+C.
 */
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.js';

const [folder = 'docs-site', port = '8080'] = process.argv.slice(2);
const server = await serveStatic(resolve(folder), Number(port));
console.log(`serving ${folder}/ at ${server.origin}/ (Ctrl+C stops)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
