import { describe, expect, it } from 'vitest';
import { rubyPieces, rubyPlain } from './ruby';

describe('furigana notation', () => {
  it('splits kanji and reading, keeps the rest as text', () => {
    expect(rubyPieces('｛雇用保険｜こようほけん｝の お金')).toEqual([{ base: '雇用保険', reading: 'こようほけん' }, { text: 'の お金' }]);
    expect(rubyPlain('a ｛西暦｜せいれき｝ b')).toBe('a 西暦（せいれき） b');
  });
  it('leaves markup-looking text as text (never HTML)', () => {
    expect(rubyPieces('<b>x</b> ｛only｝')).toEqual([{ text: '<b>x</b> ｛only｝' }]);
  });
});
