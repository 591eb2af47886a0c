// Global setup of the browser tier: builds the app once and serves the build in-process with
// Vite's preview server, so the tests drive exactly what readers get.
import { build, preview, type PreviewServer } from 'vite';
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
