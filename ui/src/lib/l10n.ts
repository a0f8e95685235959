// Text for every screen, from the same Fluent files the Rust side loads (locales/<lang>/*.ftl).
//
// Screens only ever hold message ids. `kiosk.ftl` is ours; `check.ftl` (validation messages,
// named by `Finding.message` and `CommandError.code`) and `occupations.ftl` (`occ-<code>`) are
// written alongside by others and may lag behind: a missing id is never shown as an id. A language
// written in Japanese script (やさしい日本語) falls back to 日本語; others go to a generic text
// from kiosk.ftl in their own language, given by the caller, rather than to Japanese. Each bundle formats numbers with Intl in its language's BCP 47 tag (languages.tsv).

import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Language } from '../generated/Language';
import { REFERENCE_LANGUAGE, languageMeta } from './languages';

export type Args = Record<string, string | number>;

/** Marks a string literal as a kiosk.ftl id, so the id test finds ids kept in tables. */
export function L<const T extends string>(id: T): T {
  return id;
}

export interface Localizer {
  has(lang: Language, id: string): boolean;
  /** The text of `id`; `null` when no language in the chain has it. */
  format(lang: Language, id: string, args?: Args): string | null;
}

/**
 * `sources` maps a path ending in `/<lang>/<file>.ftl` to the file's text. A language's files
 * are parsed the first time one of its texts is asked for, not all at once: the first screen
 * needs one language (and one line of each other in turn), and parsing thirteen before it was
 * most of what the page did ahead of its first paint.
 */
export function createLocalizer(sources: Record<string, string>): Localizer {
  const files = new Map<string, string[]>();
  for (const path of Object.keys(sources).sort()) {
    const m = /\/([A-Za-z0-9-]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    const paths = files.get(m[1]) ?? [];
    paths.push(path);
    files.set(m[1], paths);
  }
  const bundles = new Map<string, FluentBundle>();

  function bundle(lang: string): FluentBundle | undefined {
    const ready = bundles.get(lang);
    if (ready) return ready;
    const paths = files.get(lang);
    if (!paths) return undefined;
    const made = new FluentBundle(languageMeta(lang).tag, { useIsolating: false });
    for (const path of paths) {
      // A broken file from another team must not take the kiosk down: its bad entries are skipped.
      made.addResource(new FluentResource(sources[path]), { allowOverrides: false });
    }
    bundles.set(lang, made);
    return made;
  }

  function chain(lang: Language): FluentBundle[] {
    const sameScript = languageMeta(lang).script === languageMeta(REFERENCE_LANGUAGE).script;
    const order: string[] = lang !== REFERENCE_LANGUAGE && sameScript ? [lang, REFERENCE_LANGUAGE] : [lang];
    return order.map(bundle).filter((b): b is FluentBundle => b !== undefined);
  }

  return {
    has(lang, id) {
      return chain(lang).some((b) => b.getMessage(id)?.value != null);
    },
    format(lang, id, args) {
      for (const bundle of chain(lang)) {
        const message = bundle.getMessage(id);
        if (!message?.value) continue;
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, args ?? null, errors);
        // A reference to a missing variable still yields readable text ({$x} shown as "{$x}");
        // we accept that over showing nothing.
        return text;
      }
      return null;
    },
  };
}

/** Parses the message ids (not terms, not attributes) defined in one .ftl file. */
export function messageIds(ftl: string): string[] {
  const ids: string[] = [];
  for (const line of ftl.split(/\r?\n/)) {
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line);
    if (m) ids.push(m[1]);
  }
  return ids;
}
