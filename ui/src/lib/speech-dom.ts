// What the spoken guidance reads off the page: the text of an element as it is heard (furigana
// as their reading, nothing hidden from screen readers), a field's label and value, and the face
// of a pressed key. Kept apart from lib/speech so that module stays free of the DOM.

import type { FieldSpeech } from './speech';

/** The text of `node` as it is heard: <ruby> as its reading, `aria-hidden` parts left out. */
export function spokenTextOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.getAttribute('aria-hidden') === 'true') return '';
  const tag = el.tagName.toUpperCase();
  if (tag === 'RP' || tag === 'SCRIPT' || tag === 'STYLE') return '';
  if (tag === 'RUBY') {
    const rt = el.querySelector('rt');
    if (rt) return rt.textContent ?? '';
  }
  return [...el.childNodes].map(spokenTextOf).join('');
}

function byIds(ids: string): string {
  return ids
    .split(/\s+/)
    .map((id) => document.getElementById(id))
    .filter((e): e is HTMLElement => e !== null)
    .map(spokenTextOf)
    .join(' ');
}

/** The field's name: its label, the group it belongs to, or its own aria-label after the
 * field's label (生年月日 年). */
export function labelOf(el: Element): string {
  const fieldLabel = el.closest('.field')?.querySelector('.label');
  const group = fieldLabel ? spokenTextOf(fieldLabel).trim() : '';
  const aria = el.getAttribute('aria-label');
  if (aria) return group && group !== aria ? `${group} ${aria}` : aria;
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length > 0) return [...labels].map(spokenTextOf).join(' ').trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) return byIds(by).trim();
  if (group) return group;
  const grouped = el.closest('[aria-labelledby]')?.getAttribute('aria-labelledby');
  return grouped ? byIds(grouped).trim() : '';
}

const TEXT_TYPES = new Set(['text', 'search', 'tel', 'email', 'number', 'url', '']);

/** What a focused text field says; `null` for anything else (buttons speak when pressed). */
export function textFieldOf(el: Element): FieldSpeech | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || (tag === 'INPUT' && TEXT_TYPES.has((el as HTMLInputElement).type))) {
    return { label: labelOf(el), value: (el as HTMLInputElement).value };
  }
  return null;
}

/** What a choice says once pressed: a checkbox, a radio button or a switch and its new state. */
export function choiceOf(el: Element): FieldSpeech | null {
  const tag = el.tagName.toUpperCase();
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    if (input.type !== 'checkbox' && input.type !== 'radio') return null;
    return { label: labelOf(el), value: '', checked: input.checked };
  }
  const role = el.getAttribute('role');
  if (role === 'radio' || role === 'checkbox' || role === 'switch') {
    const group = el.closest('[role="radiogroup"], [role="group"]');
    const groupName = group ? labelOf(group) : '';
    const own = spokenTextOf(el).trim();
    return { label: groupName && role === 'radio' ? `${groupName} ${own}` : own, value: '', checked: el.getAttribute('aria-checked') === 'true' };
  }
  return null;
}

/** The face of an on-screen key: its name for keys that have one (⌫ → 1文字消す), else what it
 * shows (the character, or the candidate word). */
export function keyFaceOf(button: Element): string {
  const aria = button.getAttribute('aria-label');
  if (aria) return aria;
  const hidden = button.querySelector('.visually-hidden');
  if (hidden) return spokenTextOf(hidden);
  return spokenTextOf(button);
}
