import { describe, expect, it } from 'vitest';
import { MAX_READING, chooseCandidate, readingBefore, withVariant } from './reading';

const at = (value: string, caret = value.length) => ({ value, start: caret, end: caret });

describe('the reading before the caret', () => {
  it('is the kana run ending at the caret', () => {
    expect(readingBefore(at('山田ハナコ'))).toEqual({ start: 2, text: 'ハナコ' });
    expect(readingBefore(at('やまだ'))).toEqual({ start: 0, text: 'やまだ' });
    expect(readingBefore(at('ヤマダ 花', 3))).toEqual({ start: 0, text: 'ヤマダ' });
  });
  it('is empty after a kanji, a Latin letter or at the start', () => {
    expect(readingBefore(at('山田')).text).toBe('');
    expect(readingBefore(at('ABC')).text).toBe('');
    expect(readingBefore(at('')).text).toBe('');
  });
  it('counts a character outside the BMP once', () => {
    expect(readingBefore(at('𠮷ノ'))).toEqual({ start: 2, text: 'ノ' });
  });
  it('is at most MAX_READING characters', () => {
    expect(readingBefore(at('ア'.repeat(40))).text.length).toBe(MAX_READING);
  });
});

describe('choosing a candidate', () => {
  it('replaces the converted start and keeps the rest as kana', () => {
    expect(chooseCandidate(at('トウキョウトシンジュクク'), 6, '東京都')).toEqual(at('東京都シンジュクク'));
    expect(chooseCandidate(at('山田ハナコ'), 3, '花子')).toEqual(at('山田花子'));
  });
  it('keeps what follows the caret', () => {
    expect(chooseCandidate(at('ハナコ様', 3), 3, '花子')).toEqual(at('花子様', 2));
  });
  it('does nothing without a reading', () => {
    const edit = at('山田');
    expect(chooseCandidate(edit, 2, '花')).toBe(edit);
  });
  it('puts a variant in place of one character', () => {
    expect(withVariant('高橋', 0, '髙')).toBe('髙橋');
    expect(withVariant('𠮷田', 1, '畑')).toBe('𠮷畑');
    expect(withVariant('高橋', 5, '髙')).toBe('高橋');
  });
});
