import { describe, expect, it } from 'vitest';
import { FTL_SOURCES } from './locales';
import { LANGUAGES, fontStack, languageMeta, parseLanguages } from './languages';

describe('languages', () => {
  it('lists exactly the folders of locales/, with 日本語 first', () => {
    const folders = new Set(Object.keys(FTL_SOURCES).map((p) => /\/([^/]+)\/[^/]+\.ftl$/.exec(p)?.[1]));
    expect(LANGUAGES.map((l) => l.code).sort()).toEqual([...folders].sort());
    expect(LANGUAGES[0].code).toBe('ja');
    for (const l of LANGUAGES) {
      expect(l.endonym).not.toBe('');
      expect(l.fonts.length).toBeGreaterThan(0);
      expect(() => new Intl.NumberFormat(l.tag)).not.toThrow();
    }
  });

  it('carries the kiosk’s files of every language and none of the server’s pages', () => {
    const files = Object.keys(FTL_SOURCES).map((p) => p.split('/').slice(-2).join('/'));
    for (const l of LANGUAGES) {
      for (const f of ['kiosk', 'check', 'shell', 'occupations', 'licences', 'residence']) {
        expect(files).toContain(`${l.code}/${f}.ftl`);
      }
    }
    expect(files.filter((f) => f.endsWith('/server.ftl') || f.endsWith('/counter.ftl'))).toEqual([]);
  });

  it('reads a line added for a new language, whatever the column order', () => {
    const tsv = '# c\ncode\tendonym\tscript\tdirection\ttag\tfonts\tpackages\tkeyboard\n' + 'ja\t日本語\tJpan\tltr\tja\tNoto Sans CJK JP\tfonts-noto-cjk\tkana\n' + 'ar\tالعربية\tArab\trtl\tar\tNoto Sans Arabic, Noto Sans\tfonts-noto-core\tlatin\n';
    const [, ar] = parseLanguages(tsv);
    expect(ar).toEqual({ code: 'ar', endonym: 'العربية', script: 'Arab', dir: 'rtl', tag: 'ar', fonts: ['Noto Sans Arabic', 'Noto Sans'], keyboard: 'latin' });
  });

  it('puts the language’s fonts before the Japanese ones', () => {
    expect(fontStack('en').startsWith("'Noto Sans', 'Noto Sans CJK JP'")).toBe(true);
    expect(languageMeta('nope').code).toBe('ja');
  });
});
