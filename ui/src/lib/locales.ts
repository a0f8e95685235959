// The .ftl files the kiosk's screens read: every file of every language except the server's
// (`server.ftl`, `counter.ftl`: the phone, My Page and counter pages, whose `srv-`/`pdf-` ids the
// kiosk never shows; they were 44 % of the text). 日本語's are in the bundle the page starts
// with (the first screen's language, and the fallback of やさしい日本語); every other language's
// files make one chunk (vite.config.ts), fetched after the first paint (`loadEveryLanguage`) or
// when the language is chosen, so the page the webview fetches and compiles before its first
// paint is a third of the size. (The Tauri shell loads ui/dist from disk, offline.) Every file
// comes parsed: its entries as Fluent's parser makes them, read at build time (`?fluent`,
// src/build/fluent.ts).

import type { Language } from '../generated/Language';
import { LANGUAGES } from './languages';
import type { FtlEntries } from '../build/fluent';
import type { FtlSource, Localizer } from './l10n';
import { createLocalizer } from './l10n';

const FIRST = import.meta.glob(
  ['../../../locales/ja/*.ftl', '!../../../locales/ja/server.ftl', '!../../../locales/ja/counter.ftl'],
  { query: '?fluent', import: 'default', eager: true },
) as Record<string, FtlEntries>;

const LATER = import.meta.glob(
  [
    '../../../locales/*/*.ftl',
    '!../../../locales/ja/*.ftl',
    '!../../../locales/*/server.ftl',
    '!../../../locales/*/counter.ftl',
  ],
  { query: '?fluent', import: 'default' },
) as Record<string, () => Promise<FtlEntries>>;

/** Every file the kiosk reads, by path: 日本語's text, the others' loaders. */
export const FTL_SOURCES: Record<string, FtlSource> = { ...FIRST, ...LATER };

export const localizer: Localizer = createLocalizer(FTL_SOURCES);

/** Fetches every language's text (after the first paint: a language tap then never waits). */
export async function loadEveryLanguage(): Promise<void> {
  await Promise.all(LANGUAGES.map((l) => localizer.load(l.code as Language)));
}
