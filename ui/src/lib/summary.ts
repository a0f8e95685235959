// The review's rows: each section of the application as (label id, display value) pairs.
//
// Pure: it takes a translator, so the rows are tested without a screen. Values the visitor typed
// are shown as normalised by the Rust checks; enum values and empty fields become kiosk texts.

import type { Application } from '../generated/Application';
import type { BirthDateInput } from '../generated/BirthDateInput';
import type { Calendar } from '../generated/Calendar';
import type { Certificate } from '../generated/Certificate';
import type { CommuteMeans } from '../generated/CommuteMeans';
import type { Completion } from '../generated/Completion';
import type { ContactMethod } from '../generated/ContactMethod';
import type { DisabilitySupport } from '../generated/DisabilitySupport';
import type { Publication } from '../generated/Publication';
import type { SupportNeed } from '../generated/SupportNeed';
import type { CurrentEmployment } from '../generated/CurrentEmployment';
import type { EducationLevel } from '../generated/EducationLevel';
import type { EmploymentType } from '../generated/EmploymentType';
import type { HolidayPattern } from '../generated/HolidayPattern';
import type { LeavingReason } from '../generated/LeavingReason';
import type { Nationality } from '../generated/Nationality';
import type { Spouse } from '../generated/Spouse';
import type { WorkStyle } from '../generated/WorkStyle';
import type { InsurancePlan } from '../generated/InsurancePlan';
import type { Sex } from '../generated/Sex';
import type { Weekday } from '../generated/Weekday';
import { splitYearMonth } from './application';
import type { Args } from './l10n';
import { L } from './l10n';
import type { FormStep } from './nav';

export type Translate = (id: string, args?: Args) => string;

export interface Row {
  label: string;
  labelArgs?: Args;
  /** Display text; `null` shows 「未入力」. */
  value: string | null;
  /** A heading row (a 職歴 entry). */
  heading?: boolean;
}

/** The review hides a section's rows until the visitor asks to see them (障害について). */
export const PRIVATE_STEPS: readonly FormStep[] = ['disability'];

export const ERA_LABELS: Record<Calendar, string> = {
  western: L('era-western'),
  meiji: L('era-meiji'),
  taisho: L('era-taisho'),
  showa: L('era-showa'),
  heisei: L('era-heisei'),
  reiwa: L('era-reiwa'),
};
export const SEX_LABELS: Record<Sex, string> = {
  female: L('sex-female'),
  male: L('sex-male'),
  unstated: L('sex-unstated'),
};
export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  'full-time': L('employment-full-time'),
  'part-time': L('employment-part-time'),
  dispatch: L('employment-dispatch'),
  contract: L('employment-contract'),
  casual: L('employment-casual'),
  other: L('employment-other'),
};
export const LEAVING_LABELS: Record<LeavingReason, string> = {
  employer: L('leaving-employer'),
  own: L('leaving-own'),
  'contract-end': L('leaving-contract-end'),
  retirement: L('leaving-retirement'),
  other: L('leaving-other'),
};
/** The 離職理由 as the screens offer them (現在の状況 and each 職歴 entry). */
export const LEAVING_REASONS: { value: LeavingReason; label: string }[] = (
  ['employer', 'own', 'contract-end', 'retirement', 'other'] as const
).map((value) => ({ value, label: LEAVING_LABELS[value] }));
export const NATIONALITY_LABELS: Record<Nationality, string> = {
  japanese: L('basic-nationality-japanese'),
  foreign: L('basic-nationality-foreign'),
};
export const COMMUTE_LABELS: Record<CommuteMeans, string> = {
  walk: L('commute-walk'),
  bicycle: L('commute-bicycle'),
  motorbike: L('commute-motorbike'),
  car: L('commute-car'),
  train: L('commute-train'),
  bus: L('commute-bus'),
};
export const STYLE_LABELS: Record<WorkStyle, string> = {
  'full-time': L('style-full-time'),
  'part-time': L('style-part-time'),
};
export const HOLIDAY_LABELS: Record<HolidayPattern, string> = {
  weekends: L('holiday-weekends'),
  weekdays: L('holiday-weekdays'),
  shifts: L('holiday-shifts'),
  any: L('holiday-any'),
};
export const SPOUSE_LABELS: Record<Spouse, string> = {
  yes: L('spouse-yes'),
  no: L('spouse-no'),
  unstated: L('spouse-unstated'),
};
export const COMPLETION_LABELS: Record<Completion, string> = {
  graduated: L('completion-graduated'),
  withdrew: L('completion-withdrew'),
  enrolled: L('completion-enrolled'),
  expected: L('completion-expected'),
};
export const SITUATION_LABELS: Record<CurrentEmployment, string> = {
  employed: L('situation-employed'),
  'not-employed': L('situation-not-employed'),
  student: L('situation-student'),
};
export const INSURANCE_LABELS: Record<InsurancePlan, string> = {
  yes: L('insurance-yes'),
  no: L('insurance-no'),
  unsure: L('insurance-unsure'),
};
export const LEVEL_LABELS: Record<EducationLevel, string> = {
  'junior-high': L('level-junior-high'),
  'high-school': L('level-high-school'),
  vocational: L('level-vocational'),
  'junior-college': L('level-junior-college'),
  university: L('level-university'),
  graduate: L('level-graduate'),
  other: L('level-other'),
};
export const PUBLICATION_LABELS: Record<Publication, string> = {
  'not-published': L('publication-not-published'),
  'without-employer-names': L('publication-without-employer-names'),
  published: L('publication-published'),
};
export const CONTACT_METHOD_LABELS: Record<ContactMethod, string> = {
  phone: L('contact-method-phone'),
  email: L('contact-method-email'),
  post: L('contact-method-post'),
};
export const SUPPORT_LABELS: Record<DisabilitySupport, string> = {
  wanted: L('disability-support-wanted'),
  'not-wanted': L('disability-support-not-wanted'),
  unstated: L('disability-support-unstated'),
};
export const CERTIFICATE_LABELS: Record<Certificate, string> = {
  physical: L('certificate-physical'),
  intellectual: L('certificate-intellectual'),
  mental: L('certificate-mental'),
  'none-or-pending': L('certificate-none-or-pending'),
};
/** The grades of each certificate, from core's `Certificate::grades`. */
export { CERTIFICATE_GRADES } from '../generated/lists';
/**
 * A grade's label id and arguments: 「2級」; 療育手帳's national 「A（重度）」 and 「B（A以外）」, and
 * a prefecture's own 程度 (A1, Ⓐ, 2度 …) as written on the card.
 */
export function gradeLabel(certificate: Certificate, grade: string): { label: string; args?: Args } {
  if (certificate === 'intellectual') {
    if (grade === 'A') return { label: L('grade-intellectual-a') };
    if (grade === 'B') return { label: L('grade-intellectual-b') };
    return { label: L('grade-as-written'), args: { grade } };
  }
  return { label: L('grade-level'), args: { grade } };
}
export const NEED_LABELS: Record<SupportNeed, string> = {
  'specialist-desk': L('need-specialist-desk'),
  hours: L('need-hours'),
  hospital: L('need-hospital'),
  facilities: L('need-facilities'),
  communication: L('need-communication'),
  instructions: L('need-instructions'),
};
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: L('weekday-mon'),
  tue: L('weekday-tue'),
  wed: L('weekday-wed'),
  thu: L('weekday-thu'),
  fri: L('weekday-fri'),
  sat: L('weekday-sat'),
  sun: L('weekday-sun'),
};

function orNull(s: string): string | null {
  return s.trim() === '' ? null : s;
}

function joinNonEmpty(parts: string[], sep = ' '): string | null {
  const kept = parts.map((p) => p.trim()).filter((p) => p !== '');
  return kept.length === 0 ? null : kept.join(sep);
}

/** The wage as a number, so Fluent writes it with digit separators (250,000); anything that is
 * not plain digits (not normalised yet) as typed. */
export function wageAmount(amount: string): number | string {
  const digits = amount.trim();
  return /^[0-9]{1,12}$/.test(digits) ? Number(digits) : amount;
}

/** A day as entered (和暦 or 西暦), or `null` when all of it is empty. */
export function dayText(d: BirthDateInput, t: Translate): string | null {
  if (!(d.year || d.month || d.day)) return null;
  return d.calendar === 'western'
    ? t('review-birth-date-western', { year: d.year, month: d.month, day: d.day })
    : t('review-birth-date', { era: t(ERA_LABELS[d.calendar]), year: d.year, month: d.month, day: d.day });
}

/** Names of what the visitor picked from lists kept outside kiosk.ftl (occupations.ftl,
 * licences.ftl, residence.ftl). */
export interface ListNames {
  occupation: (code: string) => string;
  licence: (code: string) => string;
  residence: (code: string) => string;
}

export function rowsFor(step: FormStep, app: Application, t: Translate, names: ListNames): Row[] {
  const occupationName = names.occupation;
  const list = <T extends string>(items: readonly T[], labels: Record<T, string>) =>
    joinNonEmpty(
      items.map((i) => t(labels[i])),
      t('review-list-sep'),
    );
  switch (step) {
    case 'basic': {
      const b = app.basic;
      const date = dayText(b.birth_date, t);
      const rows: Row[] = [
        { label: L('review-name'), value: joinNonEmpty([b.family_name, b.given_name]) },
        { label: L('review-kana'), value: joinNonEmpty([b.family_kana, b.given_kana]) },
      ];
      if (b.name_in_kana_only) rows.push({ label: L('basic-kana-only'), value: t('review-yes') });
      if (b.single_name) rows.push({ label: L('basic-single-name'), value: t('review-yes') });
      if (b.card_name) rows.push({ label: L('basic-card-name'), value: b.card_name });
      rows.push({ label: L('basic-birth-date'), value: date });
      rows.push({ label: L('basic-sex'), value: b.sex ? t(SEX_LABELS[b.sex]) : null });
      rows.push({
        label: L('basic-nationality'),
        value: b.nationality ? joinNonEmpty([t(NATIONALITY_LABELS[b.nationality]), b.country], ' ') : null,
      });
      if (b.nationality === 'foreign') {
        rows.push({ label: L('basic-residence-status'), value: b.residence_status ? names.residence(b.residence_status) : null });
        rows.push({ label: L('basic-residence-expiry'), value: dayText(b.residence_expiry, t) });
      }
      return rows;
    }
    case 'contact': {
      const c = app.contact;
      const postcode =
        c.postcode.length === 7
          ? t('review-postcode', { first: c.postcode.slice(0, 3), last: c.postcode.slice(3) })
          : orNull(c.postcode);
      return [
        { label: L('contact-postcode'), value: postcode },
        { label: L('review-address'), value: joinNonEmpty([c.prefecture, c.city, c.town, c.street, c.building]) },
        { label: L('contact-phone'), value: orNull(c.phone) },
        { label: L('contact-email'), value: orNull(c.email) },
        { label: L('contact-station'), value: orNull(c.nearest_station) },
        { label: L('contact-commute'), value: list(c.commute, COMMUTE_LABELS) },
        {
          label: L('contact-commute-minutes'),
          value: c.commute_minutes ? t('review-commute-minutes', { minutes: c.commute_minutes }) : null,
        },
      ];
    }
    case 'desired-work': {
      const w = app.desired_work;
      const wage = w.wage.amount
        ? t('review-wage', { kind: t(w.wage.kind === 'monthly' ? L('wage-monthly') : L('wage-hourly')), amount: wageAmount(w.wage.amount) })
        : null;
      const hours = w.hours.start || w.hours.end ? t('review-hours', { start: w.hours.start, end: w.hours.end }) : null;
      return [
        {
          label: L('work-occupations'),
          value: joinNonEmpty(
            w.occupations.map((c, i) => `${t('work-occupation-rank', { rank: i + 1 })} ${occupationName(c)}`),
            '\n',
          ),
        },
        { label: L('work-employment-types'), value: joinNonEmpty(w.employment_types.map((e) => t(EMPLOYMENT_LABELS[e])), t('review-list-sep')) },
        { label: L('work-styles'), value: list(w.work_styles, STYLE_LABELS) },
        { label: L('work-locations'), value: joinNonEmpty(w.work_locations, t('review-list-sep')) },
        { label: L('work-wage'), value: wage },
        { label: L('work-hours'), value: hours },
        { label: L('work-days'), value: joinNonEmpty(w.hours.days.map((d) => t(WEEKDAY_LABELS[d])), t('review-list-sep')) },
        { label: L('work-holidays'), value: w.holidays ? t(HOLIDAY_LABELS[w.holidays]) : null },
        { label: L('work-days-off'), value: list(w.days_off, WEEKDAY_LABELS) },
        { label: L('work-weekly-hours'), value: w.weekly_hours ? t('review-weekly-hours', { hours: w.weekly_hours }) : null },
        { label: L('work-days-per-week'), value: w.days_per_week ? t('review-days-per-week', { days: w.days_per_week }) : null },
      ];
    }
    case 'situation': {
      const s = app.situation;
      const rows: Row[] = [
        { label: L('situation-employment'), value: s.employment ? t(SITUATION_LABELS[s.employment]) : null },
        {
          label: L('situation-insurance'),
          value: s.unemployment_insurance ? t(INSURANCE_LABELS[s.unemployment_insurance]) : null,
        },
      ];
      if (s.employment === 'not-employed') {
        rows.push({ label: L('situation-left-on'), value: dayText(s.left_on, t) });
        rows.push({ label: L('situation-leaving-reason'), value: s.leaving_reason ? t(LEAVING_LABELS[s.leaving_reason]) : null });
      }
      rows.push({ label: L('situation-spouse'), value: s.spouse ? t(SPOUSE_LABELS[s.spouse]) : null });
      rows.push({
        label: L('situation-dependants'),
        value: s.dependants_unstated
          ? t('situation-dependants-unstated')
          : s.dependants
            ? t('review-dependants', { n: s.dependants })
            : null,
      });
      return rows;
    }
    case 'education': {
      const e = app.education;
      return [
        { label: L('education-final-level'), value: e.final_level ? t(LEVEL_LABELS[e.final_level]) : null },
        { label: L('education-school-name'), value: orNull(e.school_name) },
        { label: L('education-department'), value: orNull(e.department) },
        { label: L('education-completion'), value: e.completion ? t(COMPLETION_LABELS[e.completion]) : null },
        { label: L('education-graduation-year'), value: orNull(e.graduation_year) },
        {
          label: L('education-qualifications'),
          value: joinNonEmpty(
            e.qualifications.map((q) => {
              const name = q.licence ? names.licence(q.licence) : q.name;
              const extras = [
                q.score ? t('review-score', { score: q.score }) : '',
                q.year ? t('review-year-obtained', { year: q.year }) : '',
              ].filter((x) => x !== '');
              return extras.length > 0 ? t('review-with-details', { name, details: extras.join(t('review-list-sep')) }) : name;
            }),
            '\n',
          ),
        },
      ];
    }
    case 'disclosure': {
      const d = app.disclosure;
      return [
        { label: L('disclosure-publication'), value: d.publication ? t(PUBLICATION_LABELS[d.publication]) : null },
        {
          label: L('disclosure-contact-methods'),
          value: joinNonEmpty(d.contact_methods.map((m) => t(CONTACT_METHOD_LABELS[m])), t('review-list-sep')),
        },
        { label: L('disclosure-avoid-times'), value: orNull(d.avoid_times) },
      ];
    }
    case 'disability': {
      const d = app.disability;
      const rows: Row[] = [{ label: L('disability-support'), value: d.support ? t(SUPPORT_LABELS[d.support]) : null }];
      if (d.support !== 'wanted') return rows;
      let certificate: string | null = null;
      if (d.certificate) {
        const grade = d.grade ? gradeLabel(d.certificate, d.grade) : null;
        certificate = joinNonEmpty([t(CERTIFICATE_LABELS[d.certificate]), grade ? t(grade.label, grade.args) : '']);
      }
      rows.push({ label: L('disability-certificate'), value: certificate });
      rows.push({ label: L('disability-needs'), value: joinNonEmpty(d.needs.map((n) => t(NEED_LABELS[n])), '\n') });
      rows.push({ label: L('disability-needs-text'), value: orNull(d.needs_text) });
      return rows;
    }
    case 'self-pr':
      return [
        { label: L('selfpr-appeal'), value: orNull(app.self_pr.appeal) },
        { label: L('selfpr-notes'), value: orNull(app.self_pr.notes) },
      ];
    case 'work-history': {
      if (app.work_history.length === 0) return [{ label: L('history-title'), value: t('review-none') }];
      const rows: Row[] = [];
      app.work_history.forEach((job, i) => {
        const ym = (v: string) => {
          const { year, month } = splitYearMonth(v);
          return year || month ? t('review-year-month', { year, month }) : '';
        };
        const period = job.from || job.to ? t('review-period', { from: ym(job.from), to: job.to ? ym(job.to) : t('review-present') }) : null;
        rows.push({ label: L('history-entry'), labelArgs: { n: i + 1 }, value: null, heading: true });
        rows.push({ label: L('history-employer'), value: orNull(job.employer) });
        rows.push({ label: L('history-duties'), value: orNull(job.duties) });
        rows.push({ label: L('review-period-label'), value: period });
        rows.push({
          label: L('history-employment-type'),
          value: job.employment_type ? t(EMPLOYMENT_LABELS[job.employment_type]) : null,
        });
        rows.push({ label: L('history-occupation'), value: job.occupation ? occupationName(job.occupation) : null });
        rows.push({ label: L('history-leaving-reason'), value: job.leaving_reason ? t(LEAVING_LABELS[job.leaving_reason]) : null });
      });
      return rows;
    }
  }
}
