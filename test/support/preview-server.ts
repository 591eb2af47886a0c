// Global setup of the browser tier: builds the app once and serves the build in-process with
// Vite's preview server, so the tests drive exactly what readers get.
import { readFileSync } from 'node:fs';
import { build, preview, type Plugin, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make this a Svelte dev build: test what readers get.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn', mode: 'production' });
  // The custom element and the iframe parent script (dist/embed/), as `npm run build` makes them.
  await build({ logLevel: 'warn', mode: 'embed' });
  // The reporter's studio (dist/studio.html), as `npm run build` makes it.
  await build({ logLevel: 'warn', mode: 'studio' });
  process.env.NODE_ENV = env;
  const server: PreviewServer = await preview({
    plugins: [openRedirect()],
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}`);
  return async () => {
    await server.close();
  };
}

/**
 * `/redir?to=<address>` answers 302 to any address: the open redirect a newsroom's host may
 * have somewhere, which must not carry a timeline from another origin past the origin rule.
 * `/any-origin.json` is the seed timeline with `Access-Control-Allow-Origin: *`, as a foreign
 * server willing to be read from anywhere (even after a redirect, whose origin is "null").
 */
function openRedirect(): Plugin {
  return {
    name: 'test-open-redirect',
    configurePreviewServer(server) {
      server.middlewares.use('/redir', (req, res) => {
        const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/';
        res.writeHead(302, { Location: to, 'Access-Control-Allow-Origin': '*' }).end();
      });
      server.middlewares.use('/any-origin.json', (_req, res) => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Access-Control-Allow-Origin': '*',
        });
        res.end(readFileSync('data/nato-china-2023.json'));
      });
    },
  };
}
