import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fluentModule, type FtlEntries } from './fluent';
import { resourceOf } from '../lib/l10n';

/** What the page gets from the module: the entries, read back. */
function entries(text: string): FtlEntries {
  const module = fluentModule(text);
  const literal = /^export default JSON\.parse\((.*)\);\n$/s.exec(module)?.[1];
  expect(literal).toBeDefined();
  return JSON.parse(JSON.parse(literal ?? '""')) as FtlEntries;
}

function format(resource: FluentResource, id: string, args?: Record<string, string | number>): string {
  const bundle = new FluentBundle('ja', { useIsolating: false });
  bundle.addResource(resource);
  const message = bundle.getMessage(id);
  return message?.value ? bundle.formatPattern(message.value, args) : '';
}

describe('Fluent files parsed at build time', () => {
  it('format as the same text parsed in the page does, selectors and terms included', () => {
    const text = [
      '-office = ハローワーク',
      'hello = { -office }へ ようこそ',
      'count = { $n ->',
      '    [one] 1件',
      '   *[other] { $n }件',
      '}',
      'this line is broken',
      'after-broken = 壊れた行のあとも 読めます',
      'with-attr = 本文',
      '    .label = ラベル',
    ].join('\n');
    const parsed = new FluentResource(text);
    const built = resourceOf(entries(text));
    for (const [id, args] of [
      ['hello', undefined],
      ['count', { n: 1 }],
      ['count', { n: 3 }],
      ['after-broken', undefined],
    ] as const) {
      expect(format(built, id, args)).toBe(format(parsed, id, args));
    }
    expect(format(built, 'count', { n: 3 })).toBe('3件');
    expect(built.body).toEqual(parsed.body);
  });

  it('keeps every entry of the kiosk’s own 日本語 file', () => {
    const text = readFileSync(new URL('../../../locales/ja/kiosk.ftl', import.meta.url), 'utf8');
    const parsed = new FluentResource(text);
    expect(parsed.body.length).toBeGreaterThan(100);
    expect(entries(text)).toEqual(parsed.body);
  });
});
