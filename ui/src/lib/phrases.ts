// Words a line should not break inside.
//
// Ordinary Japanese may break between any two characters, and WebKit has no phrase-aware
// breaking (`word-break: auto-phrase` is Chromium's), so a line could end in 受付/番号 or
// マイペー/ジ. Where that matters (the attract lead, the done screen's steps) the text is cut
// into pieces and these words are put in a `.nowrap` span.

export const KEEP_TOGETHER: readonly string[] = [
  'スマートフォン',
  'マイページ',
  'パスワード',
  '受付番号',
  'QRコード',
  '申込み',
  '窓口',
];

export interface Piece {
  text: string;
  /** Keep on one line. */
  keep: boolean;
}

/** `text` as pieces, each of `words` found in it a piece of its own with `keep`. */
export function keepTogether(text: string, words: readonly string[] = KEEP_TOGETHER): Piece[] {
  // Longest first, so a longer word wins over a word inside it.
  const sorted = words.filter((w) => w !== '').sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  let i = 0;
  outer: while (i < text.length) {
    for (const w of sorted) {
      if (text.startsWith(w, i)) {
        if (plain !== '') pieces.push({ text: plain, keep: false });
        plain = '';
        pieces.push({ text: w, keep: true });
        i += w.length;
        continue outer;
      }
    }
    plain += text[i];
    i += 1;
  }
  if (plain !== '') pieces.push({ text: plain, keep: false });
  return pieces;
}
