// Types the UI needs beside the generated ones.
//
// `Step` is generated from core (`../generated/Step`, Rust `Step`, serde kebab-case) and only
// re-exported here, so screens keep importing it from the platform.

import type { Step } from '../generated/Step';

export type { Step };

/** Every step, in the order the kiosk shows them (the generated union's members). */
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
