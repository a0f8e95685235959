// The page's start on its own clock (`PageStart`), sent to the shell with the first paint so
// that its log splits a slow start into its parts. main.ts imports this module first, so its
// first line runs before any other module of the bundle.

import type { PageStart } from '../generated/PageStart';

const marks: PageStart = {
  script_ms: performance.now(),
  evaluated_ms: 0,
  mounted_ms: 0,
  info_ms: 0,
  painted_ms: 0,
};

/** Notes the first time the page reached `step`; later calls keep the first time. */
export function markStart(step: Exclude<keyof PageStart, 'script_ms'>): void {
  if (marks[step] === 0) marks[step] = performance.now();
}

export function pageStart(): PageStart {
  return { ...marks };
}
