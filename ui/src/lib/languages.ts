// The languages the kiosk speaks, read from locales/languages.tsv when the UI is built: the same
// file madoguchi-core's build reads (and refuses when a folder lacks ids of 日本語). Nothing in the
// UI lists languages: the picker, `lang`/`dir`, fonts, the keyboard and Intl all come from here.

import TSV from '../../../locales/languages.tsv?raw';

export interface LanguageMeta {
  /** The folder under locales/ and what the application stores. */
  code: string;
  /** Its name in its own script. */
  endonym: string;
  /** ISO 15924. */
  script: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47, for `lang=""`, Intl and Fluent. */
  tag: string;
  /** fontconfig families, main first. */
  fonts: string[];
  /** The layout free-text fields start on. */
  keyboard: 'kana' | 'latin';
}

/** Parses languages.tsv (comments `#`, a header line, then one language a line). */
export function parseLanguages(tsv: string): LanguageMeta[] {
  const rows = tsv
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
  const [header, ...lines] = rows;
  if (!header) return [];
  const col = (name: string) => header.indexOf(name);
  return lines.map((cells) => ({
    code: cells[col('code')],
    endonym: cells[col('endonym')],
    script: cells[col('script')],
    dir: cells[col('direction')] === 'rtl' ? 'rtl' : 'ltr',
    tag: cells[col('tag')],
    fonts: cells[col('fonts')].split(',').map((f) => f.trim()).filter((f) => f !== ''),
    keyboard: cells[col('keyboard')] === 'kana' ? 'kana' : 'latin',
  }));
}

/** Every language, in the file's order; the first (日本語) is the one all others fall back to. */
export const LANGUAGES: readonly LanguageMeta[] = parseLanguages(TSV);

export const REFERENCE_LANGUAGE = LANGUAGES[0]?.code ?? 'ja';

/** A language's metadata; an unknown code gets the reference language's. */
export function languageMeta(code: string): LanguageMeta {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** The CSS font-family list for a language: its own fonts first, then the Japanese ones every
 * screen needs for the terms kept in Japanese (求職者マイページ). */
export function fontStack(code: string): string {
  const own = languageMeta(code).fonts;
  const japanese = languageMeta(REFERENCE_LANGUAGE).fonts;
  const families = [...own, ...japanese.filter((f) => !own.includes(f))];
  return [...families.map((f) => `'${f.replace(/'/g, '')}'`), 'sans-serif'].join(', ');
}
