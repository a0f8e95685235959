// Text for every screen, from the same Fluent files the Rust side loads (locales/<lang>/*.ftl).
//
// Screens only ever hold message ids. `kiosk.ftl` is ours; `check.ftl` (validation messages,
// named by `Finding.message` and `CommandError.code`) and `occupations.ftl` (`occ-<code>`) are
// written alongside by others and may lag behind: a missing id is never shown as an id. A language
// written in Japanese script (やさしい日本語) falls back to 日本語; others go to a generic text
// from kiosk.ftl in their own language, given by the caller, rather than to Japanese. Each bundle formats numbers with Intl in its language's BCP 47 tag (languages.tsv).

import { FluentBundle, FluentResource } from '@fluent/bundle';
import type { Language } from '../generated/Language';
import type { FtlEntries } from '../build/fluent';
import { REFERENCE_LANGUAGE, languageMeta } from './languages';

export type Args = Record<string, string | number>;

/** Marks a string literal as a kiosk.ftl id, so the id test finds ids kept in tables. */
export function L<const T extends string>(id: T): T {
  return id;
}

export interface Localizer {
  has(lang: Language, id: string): boolean;
  /** The text of `id`; `null` when no language in the chain has it (or its text is not here yet). */
  format(lang: Language, id: string, args?: Args): string | null;
  /** Whether every file `lang` reads (its own, and 日本語's where it falls back to it) is here. */
  ready(lang: Language): boolean;
  /** Fetches the files `lang` still lacks; resolves at once when it has them all. */
  load(lang: Language): Promise<void>;
}

/** A file: its text, or its entries parsed when the UI was built (src/build/fluent.ts). */
export type FtlText = string | FtlEntries;

/** A file, or how to fetch it (a chunk of the bundle loaded after the first paint). */
export type FtlSource = FtlText | (() => Promise<FtlText>);

/** Fluent's resource of a file's text, or of its entries parsed at build time. */
export function resourceOf(text: FtlText): FluentResource {
  if (typeof text === 'string') return new FluentResource(text);
  const resource = new FluentResource('');
  resource.body = text;
  return resource;
}

/**
 * `sources` maps a path ending in `/<lang>/<file>.ftl` to the file's text or to a loader of it.
 * A language's files are parsed the first time one of its texts is asked for, not all at once:
 * the first screen needs one language (and one line of each other in turn), and parsing thirteen
 * before it was most of what the page did ahead of its first paint. A language whose files are
 * not all here yet (see `load`) has no text: the caller loads it before showing it.
 */
export function createLocalizer(sources: Record<string, FtlSource>): Localizer {
  const files = new Map<string, string[]>();
  for (const path of Object.keys(sources).sort()) {
    const m = /\/([A-Za-z0-9-]+)\/[^/]+\.ftl$/.exec(path);
    if (!m) continue;
    const paths = files.get(m[1]) ?? [];
    paths.push(path);
    files.set(m[1], paths);
  }
  const bundles = new Map<string, FluentBundle>();
  /** The files fetched by `load`, by path. */
  const fetched = new Map<string, FtlText>();
  const loading = new Map<string, Promise<void>>();

  function bundle(lang: string): FluentBundle | undefined {
    const ready = bundles.get(lang);
    if (ready) return ready;
    const paths = files.get(lang);
    if (!paths) return undefined;
    const texts = paths.map((path) => {
      const source = sources[path];
      return typeof source === 'function' ? fetched.get(path) : source;
    });
    if (texts.some((text) => text === undefined)) return undefined;
    const made = new FluentBundle(languageMeta(lang).tag, { useIsolating: false });
    for (const text of texts) {
      // A broken file from another team must not take the kiosk down: its bad entries are skipped.
      made.addResource(resourceOf(text ?? ''), { allowOverrides: false });
    }
    bundles.set(lang, made);
    return made;
  }

  function order(lang: Language): string[] {
    const sameScript = languageMeta(lang).script === languageMeta(REFERENCE_LANGUAGE).script;
    return lang !== REFERENCE_LANGUAGE && sameScript ? [lang, REFERENCE_LANGUAGE] : [lang];
  }

  function chain(lang: Language): FluentBundle[] {
    // Not 日本語 in its place while やさしい日本語's own text is still on its way.
    if (bundle(lang) === undefined && files.has(lang)) return [];
    return order(lang)
      .map(bundle)
      .filter((b): b is FluentBundle => b !== undefined);
  }

  function missing(lang: string): string[] {
    return (files.get(lang) ?? []).filter((path) => typeof sources[path] === 'function' && !fetched.has(path));
  }

  function loadOne(lang: string): Promise<void> {
    const wanted = missing(lang);
    if (wanted.length === 0) return Promise.resolve();
    const running = loading.get(lang);
    if (running) return running;
    const done = Promise.all(
      wanted.map(async (path) => {
        const source = sources[path];
        if (typeof source === 'function') fetched.set(path, await source());
      }),
    ).then(
      () => {
        loading.delete(lang);
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, done);
    return done;
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
    ready(lang) {
      return order(lang).every((l) => missing(l).length === 0);
    },
    async load(lang) {
      await Promise.all(order(lang).map(loadOne));
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
