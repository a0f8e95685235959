/// <reference types="vitest/config" />
// The kiosk UI: built to ui/dist, which the Tauri shell loads from disk (hence the relative base).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { fluentPlugin } from './src/build/fluent.ts';

export default defineConfig({
  base: './',
  plugins: [fluentPlugin(), svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Each language's text one chunk (its .ftl files together), fetched after the first
        // paint (src/lib/locales.ts); 日本語's stays in the bundle the page starts with.
        codeSplitting: {
          groups: [
            {
              name: (id: string) => {
                const m = /\/locales\/([^/]+)\/[^/]+\.ftl/.exec(id);
                return m && m[1] !== 'ja' ? `text-${m[1]}` : null;
              },
            },
          ],
        },
      },
    },
  },
  server: {
    // The .ftl files live in ../locales, shared with the Rust side.
    fs: { allow: ['..'] },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
