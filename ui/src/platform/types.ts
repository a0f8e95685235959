// Types the UI needs beside the generated ones.
//
// `Step` and `SurveyReason` are generated from core (`../generated/`, Rust `Step` and
// `contract::SurveyReason`, serde kebab-case), and so are their ordered lists
// (`../generated/lists`); they are only re-exported here, so screens keep importing them from the
// platform.

import type { Step } from '../generated/Step';
import type { SurveyReason } from '../generated/SurveyReason';

export type { Step, SurveyReason };

/** Every step in the order the kiosk shows them; a reason for the survey score: a fixed code,
 * never free text (privacy), empty for none given, and the ones a visitor can tap. */
export { STEPS, SURVEY_REASONS } from '../generated/lists';
