// A blank application, as Rust's `Application::default()` makes it, in the visitor's language.

import type { Application } from '../generated/Application';
import type { Job } from '../generated/Job';
import type { Language } from '../generated/Language';

export function emptyApplication(language: Language = 'ja'): Application {
  return {
    language,
    basic: {
      family_name: '',
      given_name: '',
      family_kana: '',
      given_kana: '',
      name_in_kana_only: false,
      single_name: false,
      card_name: '',
      birth_date: { calendar: 'western', year: '', month: '', day: '' },
      sex: null,
      nationality: null,
      country: '',
      residence_status: '',
      residence_expiry: { calendar: 'western', year: '', month: '', day: '' },
    },
    contact: {
      postcode: '',
      prefecture: '',
      city: '',
      town: '',
      street: '',
      building: '',
      phone: '',
      email: '',
      nearest_station: '',
      commute: [],
      commute_minutes: '',
    },
    desired_work: {
      occupations: [],
      employment_types: [],
      work_locations: [],
      wage: { kind: 'monthly', amount: '' },
      hours: { start: '', end: '', days: [] },
      work_styles: [],
      holidays: null,
      days_off: [],
      weekly_hours: '',
      days_per_week: '',
    },
    situation: {
      employment: null,
      unemployment_insurance: null,
      left_on: { calendar: 'western', year: '', month: '', day: '' },
      leaving_reason: null,
      spouse: null,
      dependants: '',
      dependants_unstated: false,
    },
    education: {
      final_level: null,
      school_name: '',
      department: '',
      completion: null,
      graduation_year: '',
      qualifications: [],
    },
    work_history: [],
    my_page: { wanted: true },
    disclosure: { publication: null, contact_methods: [], avoid_times: '' },
    disability: { support: null, certificate: null, grade: '', needs: [], needs_text: '' },
    self_pr: { appeal: '', notes: '' },
    confirmed_warnings: [],
    my_number_card: null,
  };
}

export function emptyJob(): Job {
  return { employer: '', duties: '', from: '', to: '', employment_type: null, occupation: '', leaving_reason: null };
}

/** Splits "YYYY-MM" into its parts; partial input ("2010-") keeps what there is. */
export function splitYearMonth(value: string): { year: string; month: string } {
  const i = value.indexOf('-');
  if (i < 0) return { year: value, month: '' };
  return { year: value.slice(0, i), month: value.slice(i + 1) };
}

/** Joins year and month as "YYYY-MM" for Rust to normalise; both empty gives "". */
export function joinYearMonth(year: string, month: string): string {
  return year === '' && month === '' ? '' : `${year}-${month}`;
}

/** Maximum number of desired occupations (第1〜第3希望). */
export const MAX_OCCUPATIONS = 3;

/** Most 職歴 and 免許・資格 entries, from the Rust checks that refuse more with a message; the
 * screens stop offering 追加 there. */
export { MAX_JOBS, MAX_QUALIFICATIONS } from '../generated/lists';
