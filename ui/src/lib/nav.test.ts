import { describe, expect, it } from 'vitest';
import type { Application } from '../generated/Application';
import type { Finding } from '../generated/Finding';
import { emptyApplication, joinYearMonth, splitYearMonth } from './application';
import { findingKey, findingsFor, judge, withConfirmed } from './gate';
import type { Nav } from './nav';
import { FORM_STEPS, START, backward, edit, forward, reviewFindings, stepOf, stepOfField, stepOfFinding } from './nav';

describe('the visitor’s way', () => {
  it('goes attract → consent → nine form screens, in the official form’s order → review → My Page → done', () => {
    const seen: string[] = [];
    let nav: Nav = START;
    for (let i = 0; i < 15; i++) {
      seen.push(nav.screen);
      nav = forward(nav);
    }
    expect(seen).toEqual([
      'attract', 'consent', 'basic', 'contact', 'disclosure', 'desired-work', 'situation', 'education',
      'work-history', 'disability', 'self-pr', 'review', 'my-page', 'done', 'done',
    ]);
  });

  it('戻る goes one screen back, and never before the start', () => {
    expect(backward({ screen: 'contact', editing: false })).toEqual({ screen: 'basic', editing: false });
    expect(backward({ screen: 'consent', editing: false })).toEqual(START);
    expect(backward(START)).toEqual(START);
    expect(backward({ screen: 'my-page', editing: false }).screen).toBe('review');
  });

  it('the done screen has no way back', () => {
    const done: Nav = { screen: 'done', editing: false };
    expect(backward(done)).toBe(done);
  });

  it('修正する opens a form screen whose 次へ returns to the review', () => {
    for (const step of FORM_STEPS) {
      const editing = edit(step);
      expect(editing).toEqual({ screen: step, editing: true });
      expect(forward(editing)).toEqual({ screen: 'review', editing: false });
    }
  });

  it('戻る while editing also returns to the review', () => {
    expect(backward(edit('education'))).toEqual({ screen: 'review', editing: false });
  });

  it('after returning, the review goes on to My Page as usual', () => {
    const back = forward(edit('contact'));
    expect(forward(back)).toEqual({ screen: 'my-page', editing: false });
  });

  it('names the step that each screen checks', () => {
    expect(stepOf('basic')).toBe('basic');
    expect(stepOf('my-page')).toBe('my-page');
    expect(stepOf('review')).toBeNull();
    expect(stepOf('consent')).toBeNull();
  });

  it('maps finding paths to their screens', () => {
    expect(stepOfField('basic.birth_date.year')).toBe('basic');
    expect(stepOfField('disclosure.contact_methods')).toBe('disclosure');
    expect(stepOfField('disability.grade')).toBe('disability');
    expect(stepOfField('self_pr.appeal')).toBe('self-pr');
    expect(stepOfField('contact.email')).toBe('contact');
    expect(stepOfField('desired_work.occupations')).toBe('desired-work');
    expect(stepOfField('work_history.2.from')).toBe('work-history');
    expect(stepOfField('my_page.wanted')).toBe('my-page');
    expect(stepOfField('nonsense')).toBeNull();
  });

  it('leaves the My Page step’s own findings to the My Page screen, not the review', () => {
    const forMyPage = { field: 'contact.email', message: 'check-email-required-for-my-page' };
    const badEmail = { field: 'contact.email', message: 'check-email-at' };
    const street = { field: 'contact.street', message: 'check-street-required' };
    const wanted = { field: 'my_page.wanted', message: 'x' };
    expect(stepOfFinding(forMyPage)).toBe('my-page');
    expect(stepOfFinding(badEmail)).toBe('contact');
    expect(reviewFindings([forMyPage, badEmail, street, wanted])).toEqual([badEmail, street]);
  });
});

const warning = (field: string, message: string): Finding => ({ field, message, severity: 'warning', args: {} });
const error = (field: string, message: string): Finding => ({ field, message, severity: 'error', args: {} });

function report(application: Application, findings: Finding[]) {
  return { application, findings };
}

describe('次へ with red and orange findings', () => {
  it('passes with no findings', () => {
    expect(judge(report(emptyApplication(), []))).toEqual({ pass: true, visible: [], shownWarnings: [] });
  });

  it('red findings block', () => {
    const v = judge(report(emptyApplication(), [error('basic.family_name', 'check-required')]));
    expect(v.pass).toBe(false);
    expect(v.visible).toHaveLength(1);
  });

  it('an orange finding blocks once, then the second 次へ confirms it', () => {
    const w = warning('basic.birth_date', 'check-birth-date-old');
    const first = judge(report(emptyApplication(), [w]));
    expect(first.pass).toBe(false);
    expect(first.shownWarnings).toEqual(['basic.birth_date:check-birth-date-old']);

    const sent = withConfirmed(emptyApplication(), first.shownWarnings);
    expect(sent.confirmed_warnings).toEqual(['basic.birth_date:check-birth-date-old']);
    const second = judge(report(sent, [w]));
    expect(second.pass).toBe(true);
  });

  it('a new warning on the second press blocks once more', () => {
    const sent = withConfirmed(emptyApplication(), ['a:x']);
    const v = judge(report(sent, [warning('a', 'x'), warning('b', 'y')]));
    expect(v.pass).toBe(false);
    expect(v.visible.map(findingKey)).toEqual(['b:y']);
  });

  it('confirming never duplicates keys', () => {
    const once = withConfirmed(emptyApplication(), ['a:x']);
    expect(withConfirmed(once, ['a:x']).confirmed_warnings).toEqual(['a:x']);
  });

  it('findings show under their field and the fields below it', () => {
    const fs = [error('basic.birth_date.year', 'x'), error('basic.birth_date', 'y'), error('basic.birth', 'z')];
    expect(findingsFor(fs, 'basic.birth_date').map((f) => f.message)).toEqual(['x', 'y']);
  });
});

describe('year-month fields of 職歴', () => {
  it('split and join round-trip', () => {
    expect(splitYearMonth('2010-04')).toEqual({ year: '2010', month: '04' });
    expect(splitYearMonth('2010')).toEqual({ year: '2010', month: '' });
    expect(joinYearMonth('2010', '')).toBe('2010-');
    expect(splitYearMonth(joinYearMonth('2010', ''))).toEqual({ year: '2010', month: '' });
    expect(joinYearMonth('', '')).toBe('');
  });
});
