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
