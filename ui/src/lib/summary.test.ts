// The review's rows, in the visitor's language, with the real kiosk texts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../generated/Language';
import { emptyApplication } from './application';
import type { Args } from './l10n';
import { loadEveryLanguage, localizer } from './locales';

// Every language's text: the kiosk fetches the others after its first paint.
beforeAll(loadEveryLanguage);
import { rowsFor, wageAmount } from './summary';

function rows(lang: Language, amount: string, kind: 'monthly' | 'hourly' = 'monthly') {
  const t = (id: string, args?: Args) => localizer.format(lang, id, args) ?? id;
  const app = emptyApplication(lang);
  app.desired_work.wage = { kind, amount };
  return rowsFor('desired-work', app, t, { occupation: (c) => c, licence: (c) => c, residence: (c) => c });
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
    rowsFor(step, app, t, { occupation: (c) => c, licence: (c) => c, residence: (c) => c }).map((r) => [
      t(r.label),
      r.value,
    ]);

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
    // A prefecture's own 程度, as written on the card.
    app.disability.grade = '2度';
    expect(values('disability', app)[1]).toEqual(['障害者手帳', '療育手帳 2度']);
  });

  it('shows the self-PR as written, or 未入力', () => {
    const app = emptyApplication('ja');
    expect(values('self-pr', app)).toEqual([['自己PR', null], ['特記事項', null]]);
    app.self_pr.appeal = '接客10年\n𠮷野家';
    expect(values('self-pr', app)[0]).toEqual(['自己PR', '接客10年\n𠮷野家']);
  });
});

describe('the items the form adds on the existing screens', () => {
  const names = {
    occupation: (c: string) => localizer.format('ja', `occ-${c}`) ?? c,
    licence: (c: string) => localizer.format('ja', `lic-${c}`) ?? c,
    residence: (c: string) => localizer.format('ja', `res-${c}`) ?? c,
  };
  const t = (id: string, args?: Args) => localizer.format('ja', id, args) ?? id;
  const row = (rs: ReturnType<typeof rowsFor>, labelId: string) => rs.find((r) => r.label === labelId)?.value;

  it('shows the status of residence, its expiry and the nationality for a foreign national', () => {
    const app = emptyApplication('ja');
    app.basic.nationality = 'foreign';
    app.basic.country = 'ベトナム';
    app.basic.residence_status = 'student';
    app.basic.residence_expiry = { calendar: 'reiwa', year: '10', month: '3', day: '31' };
    const rs = rowsFor('basic', app, t, names);
    expect(row(rs, 'basic-nationality')).toBe('日本以外 ベトナム');
    expect(row(rs, 'basic-residence-status')).toBe('留学');
    expect(row(rs, 'basic-residence-expiry')).toBe('令和10年3月31日');
  });

  it('asks nothing of residence of a Japanese national', () => {
    const app = emptyApplication('ja');
    app.basic.nationality = 'japanese';
    const rs = rowsFor('basic', app, t, names);
    expect(row(rs, 'basic-nationality')).toBe('日本');
    expect(rs.some((r) => r.label === 'basic-residence-status')).toBe(false);
  });

  it('lists licences by name with score and year, and written ones as written', () => {
    const app = emptyApplication('ja');
    app.education.qualifications = [
      { licence: 'toeic', name: '', score: '730', year: '2019' },
      { licence: '', name: 'ビル清掃作業監督者', score: '', year: '' },
    ];
    expect(row(rowsFor('education', app, t, names), 'education-qualifications')).toBe(
      'TOEIC Listening & Reading Test（スコア 730、2019年取得）\nビル清掃作業監督者',
    );
  });

  it('shows 回答しない for dependants when chosen, and the last job only when not working', () => {
    const app = emptyApplication('ja');
    app.situation.employment = 'employed';
    app.situation.dependants_unstated = true;
    let rs = rowsFor('situation', app, t, names);
    expect(row(rs, 'situation-dependants')).toBe('回答しない');
    expect(rs.some((r) => r.label === 'situation-left-on')).toBe(false);
    app.situation.employment = 'not-employed';
    app.situation.leaving_reason = 'contract-end';
    rs = rowsFor('situation', app, t, names);
    expect(row(rs, 'situation-leaving-reason')).toBe('契約期間の満了');
  });
});
