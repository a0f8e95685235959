import { describe, expect, it } from 'vitest';
import { backspace, insertDomain, insertText, modifyBefore } from './caret';
import { GOJUON_COLUMNS, applyDakuten, applyHandakuten, applySmall } from './kana';

describe('dakuten ゛', () => {
  it.each([
    ['カ', 'ガ'], ['キ', 'ギ'], ['サ', 'ザ'], ['シ', 'ジ'], ['タ', 'ダ'], ['ツ', 'ヅ'],
    ['ト', 'ド'], ['ハ', 'バ'], ['ホ', 'ボ'], ['ウ', 'ヴ'],
  ])('%s → %s', (from, to) => {
    expect(applyDakuten(from)).toBe(to);
  });

  it('takes the mark off a voiced kana again', () => {
    expect(applyDakuten('ガ')).toBe('カ');
    expect(applyDakuten('バ')).toBe('ハ');
  });

  it('turns パ into バ', () => {
    expect(applyDakuten('パ')).toBe('バ');
  });

  it('does not apply to kana without a voiced form, nor to Latin or digits', () => {
    for (const ch of ['ア', 'ナ', 'マ', 'ン', 'ー', 'a', '1', '']) expect(applyDakuten(ch)).toBeNull();
  });

  it('keeps hiragana typed with a system IME in hiragana', () => {
    expect(applyDakuten('か')).toBe('が');
    expect(applyDakuten('は')).toBe('ば');
  });
});

describe('handakuten ゜', () => {
  it('ハ → パ and バ → パ (ハ→バ→パ)', () => {
    expect(applyHandakuten('ハ')).toBe('パ');
    expect(applyHandakuten('バ')).toBe('パ');
    expect(applyHandakuten('ホ')).toBe('ポ');
  });
  it('パ → ハ', () => {
    expect(applyHandakuten('パ')).toBe('ハ');
  });
  it('only the ハ row takes it', () => {
    expect(applyHandakuten('カ')).toBeNull();
    expect(applyHandakuten('ガ')).toBeNull();
  });
  it('works on hiragana', () => {
    expect(applyHandakuten('ひ')).toBe('ぴ');
  });
});

describe('small 小', () => {
  it.each([
    ['ア', 'ァ'], ['イ', 'ィ'], ['ウ', 'ゥ'], ['エ', 'ェ'], ['オ', 'ォ'],
    ['ツ', 'ッ'], ['ヤ', 'ャ'], ['ユ', 'ュ'], ['ヨ', 'ョ'], ['ワ', 'ヮ'],
  ])('%s → %s', (from, to) => {
    expect(applySmall(from)).toBe(to);
  });
  it('makes a small kana large again', () => {
    expect(applySmall('ッ')).toBe('ツ');
    expect(applySmall('ャ')).toBe('ヤ');
  });
  it('does not apply elsewhere', () => {
    expect(applySmall('サ')).toBeNull();
    expect(applySmall('ガ')).toBeNull();
  });
  it('works on hiragana', () => {
    expect(applySmall('つ')).toBe('っ');
  });
});

describe('the 50音 grid', () => {
  it('has ten columns of five rows, starting ア and ending with ワ ヲ ン ー ・', () => {
    expect(GOJUON_COLUMNS).toHaveLength(10);
    for (const col of GOJUON_COLUMNS) expect(col).toHaveLength(5);
    expect(GOJUON_COLUMNS.map((c) => c[0]).join('')).toBe('アカサタナハマヤラワ');
    expect(GOJUON_COLUMNS[9].filter(Boolean)).toEqual(['ワ', 'ヲ', 'ン', 'ー', '・']);
  });
  it('holds 46 kana plus ー and the name separator ・, all katakana, none twice', () => {
    const all = GOJUON_COLUMNS.flat().filter(Boolean);
    expect(all).toHaveLength(48);
    expect(new Set(all).size).toBe(48);
    for (const k of all) expect(k).toMatch(/^[\u30a0-\u30ff]$/);
  });
});

describe('editing at the caret', () => {
  const at = (value: string, caret = value.length) => ({ value, start: caret, end: caret });

  it('inserts at the caret, not at the end', () => {
    expect(insertText(at('ヤダ', 1), 'マ')).toEqual(at('ヤマダ', 2));
  });
  it('replaces a selection', () => {
    expect(insertText({ value: 'ABCD', start: 1, end: 3 }, 'x')).toEqual(at('AxD', 2));
  });
  it('counts the limit in characters, so 𠮷 takes one place', () => {
    expect(insertText(at('𠮷野'), '家', 3)).toEqual(at('𠮷野家', 4));
    expect(insertText(at('𠮷野家'), '様', 3)).toEqual(at('𠮷野家', 4));
  });
  it('respects the maximum length', () => {
    expect(insertText(at('123'), '4567', 5)).toEqual(at('12345'));
    expect(insertText(at('12345'), '6', 5)).toEqual(at('12345'));
  });
  it('backspace removes one character before the caret, or the selection', () => {
    expect(backspace(at('ヤマダ', 2))).toEqual(at('ヤダ', 1));
    expect(backspace(at('', 0))).toEqual(at('', 0));
    expect(backspace({ value: 'ABCD', start: 1, end: 3 })).toEqual(at('AD', 1));
  });
  it('backspace removes a whole astral character', () => {
    expect(backspace(at('a𠮷'))).toEqual(at('a'));
  });
  it('゛ changes the character before the caret: カ → ガ', () => {
    expect(modifyBefore(at('カ'), 'dakuten')).toEqual(at('ガ'));
    expect(modifyBefore(at('ハカタ', 1), 'handakuten')).toEqual({ value: 'パカタ', start: 1, end: 1 });
  });
  it('ハ → バ → パ with ゛ then ゜', () => {
    const b = modifyBefore(at('ハ'), 'dakuten');
    expect(b.value).toBe('バ');
    expect(modifyBefore(b, 'handakuten').value).toBe('パ');
  });
  it('小 on ツ gives ッ (as in ハットリ)', () => {
    expect(modifyBefore(at('ハツ'), 'small')).toEqual(at('ハッ'));
  });
  it('leaves the text alone (same object) when the mark does not apply', () => {
    const e = at('ア');
    expect(modifyBefore(e, 'dakuten')).toBe(e);
    const empty = at('');
    expect(modifyBefore(empty, 'small')).toBe(empty);
    const sel = { value: 'カ', start: 0, end: 1 };
    expect(modifyBefore(sel, 'dakuten')).toBe(sel);
  });
  it('a mail-domain key completes or replaces the part after @', () => {
    expect(insertDomain(at('taro'), '@gmail.com')).toEqual(at('taro@gmail.com'));
    expect(insertDomain(at('taro@gm'), '@yahoo.co.jp')).toEqual(at('taro@yahoo.co.jp'));
  });
});
