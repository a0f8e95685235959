import { beforeAll, describe, expect, it } from 'vitest';
import { keepTogether } from './phrases';
import { loadEveryLanguage, localizer } from './locales';

// Every language's text: the kiosk fetches the others after its first paint.
beforeAll(loadEveryLanguage);

describe('keepTogether', () => {
  it('puts each key word in a piece of its own, the rest as it is', () => {
    expect(keepTogether('窓口でこの受付番号を見せてください。')).toEqual([
      { text: '窓口', keep: true },
      { text: 'でこの', keep: false },
      { text: '受付番号', keep: true },
      { text: 'を見せてください。', keep: false },
    ]);
  });

  it('never changes the text', () => {
    for (const lang of ['ja', 'ja-easy', 'en'] as const) {
      for (const id of ['attract-lead', 'done-next-counter', 'done-next-qr', 'done-next-qr-mypage']) {
        const text = localizer.format(lang, id) ?? '';
        expect(keepTogether(text).map((p) => p.text).join(''), `${lang} ${id}`).toBe(text);
      }
    }
  });

  it('keeps the words of the Japanese attract lead and done steps', () => {
    const kept = (id: string) => keepTogether(localizer.format('ja', id) ?? '').filter((p) => p.keep).map((p) => p.text);
    expect(kept('attract-lead')).toContain('受付番号');
    expect(kept('done-next-qr-mypage')).toEqual(expect.arrayContaining(['スマートフォン', 'QRコード', 'マイページ', 'パスワード']));
  });

  it('prefers the longer word and leaves text without key words whole', () => {
    expect(keepTogether('ab', ['a', 'ab'])).toEqual([{ text: 'ab', keep: true }]);
    expect(keepTogether('Show it at the counter.')).toEqual([{ text: 'Show it at the counter.', keep: false }]);
    expect(keepTogether('')).toEqual([]);
  });
});
