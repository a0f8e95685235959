// Furigana in a message: `｛雇用保険｜こようほけん｝` (full-width brace and bar, as core's
// i18n reads them). `<Ruby>` renders the pieces as <ruby> elements built by Svelte (no HTML is
// ever parsed from a message); plain-text places (attributes, the title) get 雇用保険（こようほけん）.

export type RubyPiece = { text: string } | { base: string; reading: string };

export function rubyPieces(text: string): RubyPiece[] {
  const out: RubyPiece[] = [];
  const re = /｛([^｛｝｜]+)｜([^｛｝｜]+)｝/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ base: m[1], reading: m[2] });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

export function rubyPlain(text: string): string {
  return rubyPieces(text)
    .map((p) => ('base' in p ? `${p.base}（${p.reading}）` : p.text))
    .join('');
}
