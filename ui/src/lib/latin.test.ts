import { describe, expect, it } from 'vitest';
import { ACCENTS, accentsOf } from './latin';

describe('accented letters', () => {
  it('offer what residence-card names need', () => {
    for (const needed of ['é', 'ã', 'ñ', 'ç', 'ü', 'ơ', 'ư', 'ă', 'â', 'ê', 'ô', 'đ', 'ễ', 'ị']) {
      expect(Object.values(ACCENTS).some((forms) => forms.includes(needed))).toBe(true);
    }
  });
  it('follow shift', () => {
    expect(accentsOf('e', true)).toContain('Ễ');
    expect(accentsOf('i', true)).toContain('Ị');
    expect(accentsOf('s', true)).not.toContain('SS');
    expect(accentsOf('q', false)).toEqual([]);
  });
  it('are single characters', () => {
    for (const forms of Object.values(ACCENTS)) {
      for (const f of forms) expect([...f.normalize('NFC')].length).toBe(1);
    }
  });
});
