// Every message id the code uses exists in kiosk.ftl, and every language has the same ids.
import { describe, expect, it } from 'vitest';
import { ERROR_UNEXPECTED, ERROR_UNREACHABLE } from '../platform/transport';
import { createLocalizer, messageIds } from './l10n';
import { LANGUAGES } from './languages';

const CODES = LANGUAGES.map((l) => l.code);

const KIOSK = import.meta.glob('../../../locales/*/kiosk.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const SOURCES = import.meta.glob(['../**/*.ts', '../**/*.svelte', '!../**/*.test.ts', '!../generated/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function kioskIds(lang: string): string[] {
  const entry = Object.entries(KIOSK).find(([path]) => path.endsWith(`/${lang}/kiosk.ftl`));
  if (!entry) throw new Error(`locales/${lang}/kiosk.ftl is missing`);
  return messageIds(entry[1]);
}

/** Ids written literally in the code: t('id'), L('id'), and kiosk.ftl-id props of components. */
function usedIds(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\bt\(\s*'([a-z0-9-]+)'/g,
    /\bL\(\s*'([a-z0-9-]+)'/g,
    /\b(?:label|help|prefix|suffix|aria|title|nextLabel|addLabel|itemLabel)="([a-z0-9-]+)"/g,
  ];
  for (const [path, text] of Object.entries(SOURCES)) {
    for (const re of patterns) {
      for (const m of text.matchAll(re)) found.set(m[1], path);
    }
  }
  return found;
}

describe('kiosk.ftl', () => {
  it('the code uses ids (the scan finds a fair number)', () => {
    expect(usedIds().size).toBeGreaterThan(150);
  });

  it('defines every id the code uses', () => {
    const defined = new Set(kioskIds('ja'));
    const missing = [...usedIds()].filter(([id]) => !defined.has(id)).map(([id, path]) => `${id} (${path})`);
    expect(missing).toEqual([]);
  });

  it('defines the kiosk’s own command-error codes', () => {
    const defined = new Set(kioskIds('ja'));
    expect(defined.has(ERROR_UNREACHABLE)).toBe(true);
    expect(defined.has(ERROR_UNEXPECTED)).toBe(true);
  });

  it('has the same ids in every language of locales/languages.tsv', () => {
    const ja = kioskIds('ja').sort();
    for (const lang of CODES) expect(kioskIds(lang).sort(), lang).toEqual(ja);
  });

  it('defines no id twice', () => {
    for (const lang of CODES) {
      const ids = kioskIds(lang);
      expect(ids.length, lang).toBe(new Set(ids).size);
    }
  });

  it('writes Japanese numbers right against their unit (「120秒後」, not 「120 秒後」)', () => {
    const localizer = createLocalizer(KIOSK);
    const args = { seconds: 120, count: 3, era: '昭和', year: '50', month: '1', day: '2', time: '14:03' };
    for (const id of kioskIds('ja')) {
      const text = localizer.format('ja', id, args) ?? '';
      expect(text, id).not.toMatch(/[0-9] (秒|件|か所|年|月|日|現在)/);
      expect(text, id).not.toMatch(/昭和 50/);
    }
    expect(localizer.format('ja', 'done-auto', { seconds: 120 })).toMatch(/^120秒後/);
  });

  it('parses without errors and formats every message in every language', () => {
    const localizer = createLocalizer(KIOSK);
    for (const lang of CODES) {
      for (const id of kioskIds(lang)) {
        const text = localizer.format(lang, id, { count: 2, n: 1, rank: 1, seconds: 30, code: 'x', kiosk: 'k', office: 'o', era: 'e', year: '1', month: '2', day: '3', first: '100', last: '0001', kind: 'k', amount: '1', start: '9:00', end: '17:00', from: 'a', to: 'b', time: '2025/05/01 14:03:22' });
        expect(text, `${lang} ${id}`).toBeTruthy();
        expect(text, `${lang} ${id}`).not.toMatch(/[\u2068\u2069]/);
      }
    }
  });
});

describe('the localizer', () => {
  const localizer = createLocalizer({
    '/x/ja/kiosk.ftl': 'hello = こんにちは\nonly-ja = 日本語だけ\nwith-arg = { $n }件',
    '/x/ja-easy/kiosk.ftl': 'hello = こんにちは（やさしい）',
    '/x/en/kiosk.ftl': 'hello = Hello',
    '/x/en/broken.ftl': 'this is not fluent\nok-after-junk = still here',
  });

  it('formats in the chosen language without isolation marks', () => {
    expect(localizer.format('en', 'hello')).toBe('Hello');
    expect(localizer.format('ja', 'with-arg', { n: 3 })).toBe('3件');
  });
  it('falls back from やさしい日本語 to 日本語', () => {
    expect(localizer.format('ja-easy', 'hello')).toBe('こんにちは（やさしい）');
    expect(localizer.format('ja-easy', 'only-ja')).toBe('日本語だけ');
  });
  it('returns null for a missing id rather than the id', () => {
    expect(localizer.format('en', 'only-ja')).toBeNull();
    expect(localizer.has('en', 'only-ja')).toBe(false);
  });
  it('skips junk in a file and keeps the rest', () => {
    expect(localizer.format('en', 'ok-after-junk')).toBe('still here');
  });
  it('reads a language’s files only when one of its texts is first asked for', () => {
    const read: string[] = [];
    const files: Record<string, string> = {
      '/x/ja/kiosk.ftl': 'hello = こんにちは',
      '/x/en/kiosk.ftl': 'hello = Hello',
      '/x/ko/kiosk.ftl': 'hello = 안녕하세요',
    };
    const watched = new Proxy(files, {
      get(target, path: string) {
        read.push(path);
        return target[path];
      },
    });
    const lazy = createLocalizer(watched);
    expect(read).toEqual([]);
    expect(lazy.format('ja', 'hello')).toBe('こんにちは');
    expect(read).toEqual(['/x/ja/kiosk.ftl']);
    expect(lazy.format('en', 'hello')).toBe('Hello');
    expect(lazy.format('en', 'hello')).toBe('Hello');
    expect(read).toEqual(['/x/ja/kiosk.ftl', '/x/en/kiosk.ftl']);
  });
  it('has no text of a language fetched later until it is loaded, then has it', async () => {
    let fetches = 0;
    const later = (text: string) => async () => {
      fetches += 1;
      return text;
    };
    const split = createLocalizer({
      '/x/ja/kiosk.ftl': 'hello = こんにちは\nonly-ja = 日本語だけ',
      '/x/ja-easy/kiosk.ftl': later('hello = こんにちは（やさしい）'),
      '/x/en/kiosk.ftl': later('hello = Hello'),
      '/x/en/check.ftl': later('bad = Not like that'),
    });
    expect(split.ready('ja')).toBe(true);
    expect(split.ready('en')).toBe(false);
    expect(split.format('en', 'hello')).toBeNull();
    // Not 日本語 in やさしい日本語's place while its own text is on its way.
    expect(split.format('ja-easy', 'only-ja')).toBeNull();
    expect(fetches).toBe(0);
    await Promise.all([split.load('en'), split.load('en')]);
    expect(fetches).toBe(2);
    expect(split.ready('en')).toBe(true);
    expect(split.format('en', 'hello')).toBe('Hello');
    expect(split.format('en', 'bad')).toBe('Not like that');
    await split.load('en');
    expect(fetches).toBe(2);
    await split.load('ja-easy');
    expect(split.format('ja-easy', 'hello')).toBe('こんにちは（やさしい）');
    expect(split.format('ja-easy', 'only-ja')).toBe('日本語だけ');
  });
  it('keeps a language that failed to load unready, and loads it on a later try', async () => {
    let fail = true;
    const split = createLocalizer({
      '/x/ja/kiosk.ftl': 'hello = こんにちは',
      '/x/en/kiosk.ftl': async () => {
        if (fail) throw new Error('chunk missing');
        return 'hello = Hello';
      },
    });
    await expect(split.load('en')).rejects.toThrow('chunk missing');
    expect(split.ready('en')).toBe(false);
    fail = false;
    await split.load('en');
    expect(split.format('en', 'hello')).toBe('Hello');
  });
});
