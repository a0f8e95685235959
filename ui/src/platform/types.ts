// Types the UI needs that are not (yet) generated from Rust.
//
// TODO(lead): `Step` lives in core/src/finding.rs but is not exported by ts-rs
// (kiosk_api.rs exports Application/Report/… only). Once `Step::export_all` is added, delete this
// declaration and import `../generated/Step` instead. The values must stay equal to the Rust
// enum's serde names (kebab-case).

/** One screen of the form, as `check_step` names it (Rust `Step`, serde kebab-case). */
export type Step =
  | 'basic'
  | 'contact'
  | 'desired-work'
  | 'situation'
  | 'education'
  | 'work-history'
  | 'my-page';

export const STEPS: readonly Step[] = [
  'basic',
  'contact',
  'desired-work',
  'situation',
  'education',
  'work-history',
  'my-page',
];

/** A reason for the survey score: a fixed code, never free text (privacy). Empty = none given. */
export type SurveyReason = '' | 'easy' | 'quick' | 'hard-to-read' | 'slow' | 'keyboard' | 'other';

export const SURVEY_REASONS: readonly Exclude<SurveyReason, ''>[] = [
  'easy',
  'quick',
  'hard-to-read',
  'slow',
  'keyboard',
  'other',
];
