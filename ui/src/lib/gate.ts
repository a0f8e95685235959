// Whether 次へ may go on, given what `check_step` found.
//
// Red findings block. Orange ones block once: they are shown, and pressing 次へ again confirms
// every warning the visitor has seen (its `Finding::key`, `field:message`, goes into
// `application.confirmed_warnings`, as the official form does with its orange errors). A warning
// that appears for the first time on that second press is shown and blocks once more.

import type { Application } from '../generated/Application';
import type { Finding } from '../generated/Finding';
import type { Report } from '../generated/Report';

/** Rust `Finding::key`. */
export function findingKey(f: Finding): string {
  return `${f.field}:${f.message}`;
}

/** The application to send on 次へ: the warnings shown on the last press are now confirmed. */
export function withConfirmed(application: Application, shownWarnings: readonly string[]): Application {
  const confirmed = [...application.confirmed_warnings];
  for (const key of shownWarnings) if (!confirmed.includes(key)) confirmed.push(key);
  return { ...application, confirmed_warnings: confirmed };
}

export interface Verdict {
  pass: boolean;
  /** Findings to show: every red one and every orange one not yet confirmed. */
  visible: Finding[];
  /** Keys of the orange findings now shown (confirmed by the next 次へ). */
  shownWarnings: string[];
}

export function judge(report: Report): Verdict {
  const confirmed = new Set(report.application.confirmed_warnings);
  const visible = report.findings.filter(
    (f) => f.severity === 'error' || !confirmed.has(findingKey(f)),
  );
  const shownWarnings = visible.filter((f) => f.severity === 'warning').map(findingKey);
  return { pass: visible.length === 0, visible, shownWarnings };
}

/** Findings that concern a field: its own path or anything below it (`basic.birth_date.year`). */
export function findingsFor(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.field === path || f.field.startsWith(`${path}.`));
}
