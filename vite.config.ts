/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Date tests run in three far-apart zones: a calendar date must never move with the reader's zone.
const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const DATE_TESTS = ['test/unit/**/*date*.test.ts', 'test/unit/**/*tick*.test.ts', 'test/unit/**/seed*.test.ts'];

export default defineConfig({
  plugins: [svelte()],
  build: {
    target: 'es2022',
    rollupOptions: {
      input: { main: 'index.html' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
          pool: 'forks',
        },
      },
      ...ZONES.slice(1).map((zone) => ({
        extends: true,
        test: {
          name: `dates@${zone}`,
          environment: 'node',
          include: DATE_TESTS,
          env: { TZ: zone },
          pool: 'forks' as const,
        },
      })),
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['test/component/**/*.test.ts'],
          setupFiles: ['test/support/jest-dom.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/support/preview-server.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
