// What the screens, the error summary and the review say about each field of the application:
// its label (a kiosk.ftl id) and whether it carries ※必須 or ※任意.
//
// `required` only decides the tag. Whether a field may really be left empty is decided by the
// Rust checks (core/src/check.rs); the two must agree, and a mismatch shows as a red finding on a
// field tagged ※任意 (or none on one tagged ※必須), not as a hole in the data.

import { L } from './l10n';

export interface FieldMeta {
  label: string;
  required: boolean;
}

const FIELDS: Record<string, FieldMeta> = {
  'basic.family_name': { label: L('basic-family-name'), required: true },
  'basic.given_name': { label: L('basic-given-name'), required: true },
  'basic.family_kana': { label: L('basic-family-kana'), required: true },
  'basic.given_kana': { label: L('basic-given-kana'), required: true },
  'basic.name_in_kana_only': { label: L('basic-kana-only'), required: false },
  'basic.single_name': { label: L('basic-single-name'), required: false },
  'basic.card_name': { label: L('basic-card-name'), required: false },
  'basic.birth_date': { label: L('basic-birth-date'), required: true },
  'basic.sex': { label: L('basic-sex'), required: false },
  'basic.nationality': { label: L('basic-nationality'), required: false },
  'basic.country': { label: L('basic-country'), required: false },
  'basic.residence_status': { label: L('basic-residence-status'), required: false },
  'basic.residence_expiry': { label: L('basic-residence-expiry'), required: false },
  'contact.postcode': { label: L('contact-postcode'), required: true },
  'contact.prefecture': { label: L('contact-prefecture'), required: true },
  'contact.city': { label: L('contact-city'), required: true },
  'contact.town': { label: L('contact-town'), required: false },
  'contact.street': { label: L('contact-street'), required: true },
  'contact.building': { label: L('contact-building'), required: false },
  'contact.phone': { label: L('contact-phone'), required: true },
  'contact.email': { label: L('contact-email'), required: false },
  'contact.nearest_station': { label: L('contact-station'), required: false },
  'contact.commute': { label: L('contact-commute'), required: false },
  'contact.commute_minutes': { label: L('contact-commute-minutes'), required: false },
  'desired_work.occupations': { label: L('work-occupations'), required: true },
  'desired_work.employment_types': { label: L('work-employment-types'), required: true },
  'desired_work.work_locations': { label: L('work-locations'), required: false },
  'desired_work.wage': { label: L('work-wage'), required: false },
  'desired_work.hours': { label: L('work-hours'), required: false },
  'desired_work.hours.days': { label: L('work-days'), required: false },
  'desired_work.work_styles': { label: L('work-styles'), required: false },
  'desired_work.holidays': { label: L('work-holidays'), required: false },
  'desired_work.days_off': { label: L('work-days-off'), required: false },
  'desired_work.weekly_hours': { label: L('work-weekly-hours'), required: false },
  'desired_work.days_per_week': { label: L('work-days-per-week'), required: false },
  'situation.employment': { label: L('situation-employment'), required: true },
  'situation.unemployment_insurance': { label: L('situation-insurance'), required: true },
  'situation.left_on': { label: L('situation-left-on'), required: false },
  'situation.leaving_reason': { label: L('situation-leaving-reason'), required: false },
  'situation.spouse': { label: L('situation-spouse'), required: false },
  'situation.dependants': { label: L('situation-dependants'), required: false },
  'education.final_level': { label: L('education-final-level'), required: true },
  'education.school_name': { label: L('education-school-name'), required: false },
  'education.department': { label: L('education-department'), required: false },
  'education.completion': { label: L('education-completion'), required: false },
  'education.graduation_year': { label: L('education-graduation-year'), required: false },
  'education.qualifications': { label: L('education-qualifications'), required: false },
  'education.qualifications.*.licence': { label: L('education-qualification-chosen'), required: false },
  'education.qualifications.*.name': { label: L('education-qualification-search'), required: false },
  'education.qualifications.*.score': { label: L('education-qualification-score'), required: false },
  'education.qualifications.*.year': { label: L('education-qualification-year'), required: false },
  'work_history.*.employer': { label: L('history-employer'), required: true },
  'work_history.*.duties': { label: L('history-duties'), required: false },
  'work_history.*.from': { label: L('history-from'), required: true },
  'work_history.*.to': { label: L('history-to'), required: false },
  'work_history.*.employment_type': { label: L('history-employment-type'), required: false },
  'disclosure.publication': { label: L('disclosure-publication'), required: true },
  'disclosure.contact_methods': { label: L('disclosure-contact-methods'), required: true },
  'disclosure.avoid_times': { label: L('disclosure-avoid-times'), required: false },
  'disability.support': { label: L('disability-support'), required: false },
  'disability.certificate': { label: L('disability-certificate'), required: false },
  'disability.grade': { label: L('disability-grade'), required: false },
  'disability.needs': { label: L('disability-needs'), required: false },
  'disability.needs_text': { label: L('disability-needs-text'), required: false },
  'self_pr.appeal': { label: L('selfpr-appeal'), required: false },
  'self_pr.notes': { label: L('selfpr-notes'), required: false },
  'work_history.*.occupation': { label: L('history-occupation'), required: false },
  'work_history.*.leaving_reason': { label: L('history-leaving-reason'), required: false },
  work_history: { label: L('history-title'), required: false },
  'my_page.wanted': { label: L('mypage-title'), required: false },
};

/** Looks a finding's path up, from the most to the least specific (`basic.birth_date.year` →
 * `basic.birth_date`); list indices are matched by `*`. */
export function fieldMeta(path: string): FieldMeta | undefined {
  const parts = path.split('.').map((p) => (/^\d+$/.test(p) ? '*' : p));
  for (let n = parts.length; n > 0; n--) {
    const meta = FIELDS[parts.slice(0, n).join('.')];
    if (meta) return meta;
  }
  return undefined;
}

/** The 0-based list index in a path like `work_history.2.from`, if any. */
export function listIndex(path: string): number | null {
  const m = /^[a-z_]+\.(\d+)(\.|$)/.exec(path);
  return m ? Number(m[1]) : null;
}

/** The fields of a screen (`desired-work` → `desired_work.*`), in the order listed above; the
 * assist layer explains them. */
export function fieldsOf(screen: string): string[] {
  const prefix = `${screen.replaceAll('-', '_')}.`;
  return Object.keys(FIELDS).filter((path) => path.startsWith(prefix));
}
