// Fluent files parsed when the UI is built, not when the kiosk starts: an import of
// `<file>.ftl?fluent` is the file's entries as Fluent's parser makes them, written as JSON. On
// the kiosk, parsing 日本語's six files before the first paint took several milliseconds of a
// cold JavaScript engine's time (regular expressions over 36,000 characters); reading the same
// entries as JSON takes about one, and a language chosen later is shown without parsing either.
// The parser is the one the page would have run (@fluent/bundle's), so what a broken line does
// (its entry is skipped, the rest of the file stays) is the same.

import { FluentResource } from '@fluent/bundle';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The entries of one Fluent file, as `FluentResource` holds them. */
export type FtlEntries = FluentResource['body'];

const QUERY = '?fluent';

/** The module an import of a `.ftl?fluent` file becomes. */
export function fluentModule(text: string): string {
  const entries: FtlEntries = new FluentResource(text).body;
  // JSON.parse of a string literal is read faster than the same data written as an object.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(entries))});\n`;
}

/** Vite's side: loads `.ftl?fluent` imports (the build, the dev server and the unit tests). */
export function fluentPlugin(): Plugin {
  return {
    name: 'madoguchi-fluent',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(`.ftl${QUERY}`)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      return fluentModule(readFileSync(file, 'utf8'));
    },
  };
}
