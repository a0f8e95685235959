// The review's rows, in the visitor's language, with the real kiosk texts.
import { describe, expect, it } from 'vitest';
import type { Language } from '../generated/Language';
import { emptyApplication } from './application';
import type { Args } from './l10n';
import { localizer } from './locales';
import { rowsFor, wageAmount } from './summary';

function rows(lang: Language, amount: string, kind: 'monthly' | 'hourly' = 'monthly') {
  const t = (id: string, args?: Args) => localizer.format(lang, id, args) ?? id;
  const app = emptyApplication(lang);
  app.desired_work.wage = { kind, amount };
  return rowsFor('desired-work', app, t, (c) => c);
}

function wageRow(lang: Language, amount: string, kind: 'monthly' | 'hourly' = 'monthly') {
  const label = localizer.format(lang, 'work-wage');
  const t = (id: string) => localizer.format(lang, id) ?? id;
  return rows(lang, amount, kind).find((r) => t(r.label) === label)?.value;
}

describe('the wage on the review', () => {
  it('has digit separators in every language', () => {
    expect(wageRow('ja', '250000')).toBe('月給 250,000円以上');
    expect(wageRow('ja-easy', '250000')).toMatch(/ 250,000えん いじょう$/);
    expect(wageRow('en', '250000')).toMatch(/, at least 250,000 yen$/);
    expect(wageRow('ja', '1200', 'hourly')).toMatch(/ 1,200円以上$/);
  });

  it('shows what was typed when it is not plain digits', () => {
    expect(wageAmount('250000')).toBe(250000);
    expect(wageAmount(' 980 ')).toBe(980);
    expect(wageAmount('25万')).toBe('25万');
    expect(wageRow('ja', '25万')).toBe('月給 25万円以上');
  });

  it('shows no wage row value when none was given', () => {
    expect(wageRow('ja', '')).toBeNull();
  });
});

describe('the three later screens on the review', () => {
  const t = (id: string, args?: Args) => localizer.format('ja', id, args) ?? id;
  const values = (step: 'disclosure' | 'disability' | 'self-pr', app = emptyApplication('ja')) =>
    rowsFor(step, app, t, (c) => c).map((r) => [t(r.label), r.value]);

  it('shows publication and every way of contact', () => {
    const app = emptyApplication('ja');
    app.disclosure = { publication: 'without-employer-names', contact_methods: ['phone', 'post'], avoid_times: '平日の昼' };
    expect(values('disclosure', app)).toEqual([
      ['求職情報を会社に公開しますか', '公開する（前に働いた会社の名前などは出さない）'],
      ['ハローワークからの連絡方法', '電話、郵送'],
      ['連絡を避けてほしい時間帯', '平日の昼'],
    ]);
  });

  it('asks about a certificate only where support is wanted, with its grade', () => {
    const app = emptyApplication('ja');
    expect(values('disability', app)).toEqual([['障害のある方としての登録や支援を希望しますか', null]]);
    app.disability = { support: 'unstated', certificate: 'physical', grade: '2', needs: [], needs_text: '' };
    expect(values('disability', app)).toEqual([['障害のある方としての登録や支援を希望しますか', '回答しない']]);
    app.disability = { support: 'wanted', certificate: 'physical', grade: '2', needs: ['hours', 'hospital'], needs_text: '' };
    expect(values('disability', app)).toEqual([
      ['障害のある方としての登録や支援を希望しますか', '希望する'],
      ['障害者手帳', '身体障害者手帳 2級'],
      ['希望する配慮や支援', '勤務時間や日数への配慮\n通院や服薬への配慮'],
      ['そのほかに伝えたいこと', null],
    ]);
    app.disability.certificate = 'intellectual';
    app.disability.grade = 'A';
    expect(values('disability', app)[1]).toEqual(['障害者手帳', '療育手帳 A（重度）']);
  });

  it('shows the self-PR as written, or 未入力', () => {
    const app = emptyApplication('ja');
    expect(values('self-pr', app)).toEqual([['自己PR', null], ['特記事項', null]]);
    app.self_pr.appeal = '接客10年\n𠮷野家';
    expect(values('self-pr', app)[0]).toEqual(['自己PR', '接客10年\n𠮷野家']);
  });
});
