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
    },
    desired_work: {
      occupations: [],
      employment_types: [],
      work_locations: [],
      wage: { kind: 'monthly', amount: '' },
      hours: { start: '', end: '', days: [] },
    },
    situation: { employment: null, unemployment_insurance: null },
    education: { final_level: null, school_name: '', graduation_year: '', qualifications: [] },
    work_history: [],
    my_page: { wanted: true },
    disclosure: { publication: null, contact_methods: [], avoid_times: '' },
    disability: { support: null, certificate: null, grade: '', needs: [], needs_text: '' },
    self_pr: { appeal: '', notes: '' },
    confirmed_warnings: [],
  };
}

export function emptyJob(): Job {
  return { employer: '', duties: '', from: '', to: '', employment_type: null };
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
