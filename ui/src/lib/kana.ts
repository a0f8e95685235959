// Kana composition for the on-screen 50音 keyboard: the ゛ ゜ 小 keys change the character
// before the caret instead of inserting a mark, as on ticket machines and ATMs.
//
// Promises: each function returns the changed character, or `null` when the key does not apply
// to it (the keyboard then leaves the text as it is; it never inserts a lone ゛ or ゜).
// Pressing the same key again undoes it (ガ→カ, ッ→ツ), so a slip is mended with one more tap.

const DAKUTEN: Record<string, string> = {
  カ: 'ガ', キ: 'ギ', ク: 'グ', ケ: 'ゲ', コ: 'ゴ',
  サ: 'ザ', シ: 'ジ', ス: 'ズ', セ: 'ゼ', ソ: 'ゾ',
  タ: 'ダ', チ: 'ヂ', ツ: 'ヅ', テ: 'デ', ト: 'ド',
  ハ: 'バ', ヒ: 'ビ', フ: 'ブ', ヘ: 'ベ', ホ: 'ボ',
  ウ: 'ヴ', ワ: 'ヷ', ヲ: 'ヺ',
};

const HANDAKUTEN: Record<string, string> = {
  ハ: 'パ', ヒ: 'ピ', フ: 'プ', ヘ: 'ペ', ホ: 'ポ',
};

const SMALL: Record<string, string> = {
  ア: 'ァ', イ: 'ィ', ウ: 'ゥ', エ: 'ェ', オ: 'ォ',
  ツ: 'ッ', ヤ: 'ャ', ユ: 'ュ', ヨ: 'ョ', ワ: 'ヮ',
  カ: 'ヵ', ケ: 'ヶ',
};

function invert(table: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [v, k]));
}

const UNDAKUTEN = invert(DAKUTEN);
const UNHANDAKUTEN = invert(HANDAKUTEN);
const LARGE = invert(SMALL);

/** Hiragana (from a system IME) is treated as its katakana, so the marks work on both. */
function toKatakana(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : ch;
}

function toHiragana(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code >= 0x30a1 && code <= 0x30f6 ? String.fromCodePoint(code - 0x60) : ch;
}

function viaKatakana(ch: string, f: (k: string) => string | null): string | null {
  const k = toKatakana(ch);
  const out = f(k);
  if (out === null) return null;
  // Keep the script the visitor used; ヷ ヺ have no hiragana form and stay katakana.
  if (k !== ch) {
    const h = toHiragana(out);
    return h === out ? null : h;
  }
  return out;
}

/** ゛: カ→ガ, ハ→バ, パ→バ; on a voiced kana it takes the mark off again (ガ→カ). */
export function applyDakuten(ch: string): string | null {
  return viaKatakana(ch, (k) => DAKUTEN[k] ?? UNDAKUTEN[k] ?? (UNHANDAKUTEN[k] ? DAKUTEN[UNHANDAKUTEN[k]] : null) ?? null);
}

/** ゜: ハ→パ, バ→パ; on パ it takes the mark off again (パ→ハ). */
export function applyHandakuten(ch: string): string | null {
  return viaKatakana(ch, (k) => {
    if (HANDAKUTEN[k]) return HANDAKUTEN[k];
    if (UNHANDAKUTEN[k]) return UNHANDAKUTEN[k];
    const base = UNDAKUTEN[k];
    return base && HANDAKUTEN[base] ? HANDAKUTEN[base] : null;
  });
}

/** 小: ア→ァ, ツ→ッ, ヤ→ャ …; on a small kana it makes it large again. */
export function applySmall(ch: string): string | null {
  return viaKatakana(ch, (k) => SMALL[k] ?? LARGE[k] ?? null);
}

export type KanaModifier = 'dakuten' | 'handakuten' | 'small';

export function applyModifier(modifier: KanaModifier, ch: string): string | null {
  switch (modifier) {
    case 'dakuten':
      return applyDakuten(ch);
    case 'handakuten':
      return applyHandakuten(ch);
    case 'small':
      return applySmall(ch);
  }
}

/**
 * The 50音 grid as the keyboard shows it: one array per column (ア行, カ行, …), top to bottom.
 * Empty strings are gaps (ヤ行 and ワ行 have no イ/エ sounds).
 */
export const GOJUON_COLUMNS: readonly (readonly string[])[] = [
  ['ア', 'イ', 'ウ', 'エ', 'オ'],
  ['カ', 'キ', 'ク', 'ケ', 'コ'],
  ['サ', 'シ', 'ス', 'セ', 'ソ'],
  ['タ', 'チ', 'ツ', 'テ', 'ト'],
  ['ナ', 'ニ', 'ヌ', 'ネ', 'ノ'],
  ['ハ', 'ヒ', 'フ', 'ヘ', 'ホ'],
  ['マ', 'ミ', 'ム', 'メ', 'モ'],
  ['ヤ', '', 'ユ', '', 'ヨ'],
  ['ラ', 'リ', 'ル', 'レ', 'ロ'],
  ['ワ', 'ヲ', 'ン', 'ー', '・'],
];
