// Where the visitor is and where 次へ / 戻る / 修正する take them.
//
// Pure, so the way through the kiosk is tested without rendering. The order follows the official
// form: notice and consent, nine form screens, review, My Page, done. A form screen opened with
// 修正する from the review is in `editing` mode: its 次へ (「確認画面へ戻る」) and 戻る both return to
// the review, and everything else entered stays as it was.

import type { Step } from '../platform/types';
import { STEPS } from '../platform/types';

export type FormStep = Exclude<Step, 'my-page'>;

/** The nine form screens: every step but My Page, which comes after the review. */
export const FORM_STEPS: readonly FormStep[] = STEPS.filter((s): s is FormStep => s !== 'my-page');

export type Screen = 'attract' | 'consent' | FormStep | 'review' | 'my-page' | 'done';

/** Every screen in the order of the visitor's way. */
export const SCREENS: readonly Screen[] = ['attract', 'consent', ...FORM_STEPS, 'review', 'my-page', 'done'];

export interface Nav {
  readonly screen: Screen;
  /** True on a form screen reached by 修正する from the review. */
  readonly editing: boolean;
}

export const START: Nav = { screen: 'attract', editing: false };

export function isFormStep(screen: Screen): screen is FormStep {
  return (FORM_STEPS as readonly Screen[]).includes(screen);
}

/** The `check_step` step a screen's 次へ checks, if any. */
export function stepOf(screen: Screen): Step | null {
  if (isFormStep(screen)) return screen;
  if (screen === 'my-page') return 'my-page';
  return null;
}

/** Where 次へ goes once the screen's check has passed. */
export function forward(nav: Nav): Nav {
  if (nav.editing && isFormStep(nav.screen)) return { screen: 'review', editing: false };
  const i = SCREENS.indexOf(nav.screen);
  const next = SCREENS[Math.min(i + 1, SCREENS.length - 1)];
  return { screen: next, editing: false };
}

/** Where 戻る goes. The attract and done screens have no 戻る; they stay. */
export function backward(nav: Nav): Nav {
  if (nav.editing && isFormStep(nav.screen)) return { screen: 'review', editing: false };
  if (nav.screen === 'attract' || nav.screen === 'done') return nav;
  const i = SCREENS.indexOf(nav.screen);
  return { screen: SCREENS[Math.max(i - 1, 0)], editing: false };
}

/** 修正する on the review: open that form screen in editing mode. */
export function edit(step: FormStep): Nav {
  return { screen: step, editing: true };
}

/** The form screen (or My Page) a finding's field belongs to, from its path's first segment. */
export function stepOfField(field: string): Step | null {
  const head = field.split('.')[0];
  switch (head) {
    case 'basic':
      return 'basic';
    case 'contact':
      return 'contact';
    case 'disclosure':
      return 'disclosure';
    case 'disability':
      return 'disability';
    case 'self_pr':
      return 'self-pr';
    case 'desired_work':
      return 'desired-work';
    case 'situation':
      return 'situation';
    case 'education':
      return 'education';
    case 'work_history':
      return 'work-history';
    case 'my_page':
      return 'my-page';
    default:
      return null;
  }
}

/** Messages only the My Page step's check gives, although they name a field of another screen
 * (the e-mail address lives in `contact`). The My Page screen shows that field and handles them. */
const MY_PAGE_MESSAGES: readonly string[] = ['check-email-required-for-my-page'];

/** The screen that handles a finding: My Page for its own messages, else its field's screen. */
export function stepOfFinding(f: { field: string; message: string }): Step | null {
  if (MY_PAGE_MESSAGES.includes(f.message)) return 'my-page';
  return stepOfField(f.field);
}

/** What `check_all` found that the review shows and that blocks its 次へ: everything but what
 * the My Page screen, which comes after the review, handles itself. */
export function reviewFindings<F extends { field: string; message: string }>(findings: readonly F[]): F[] {
  return findings.filter((f) => stepOfFinding(f) !== 'my-page');
}

/** 1-based position among the indicator's items (nine form screens, review, My Page). */
export const INDICATOR: readonly Screen[] = [...FORM_STEPS, 'review', 'my-page'];
