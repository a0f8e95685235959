// Editing a text value at the caret, as the on-screen keyboard does it.
//
// Pure: takes the value and the selection, returns the new value and caret. The keyboard
// component writes the result into the real <input> and fires an `input` event, so a physical
// keyboard, a system IME and the panel all edit the same value the same way.

import type { KanaModifier } from './kana';
import { applyModifier } from './kana';

export interface Edit {
  value: string;
  /** Selection start and end (UTF-16 offsets, as HTMLInputElement reports them). */
  start: number;
  end: number;
}

function clamp(e: Edit): Edit {
  const start = Math.max(0, Math.min(e.start, e.value.length));
  const end = Math.max(start, Math.min(e.end, e.value.length));
  return { value: e.value, start, end };
}

/** Characters as a person counts them (code points: 𠮷 is one, not two UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length;
}

/** Replaces the selection with `text` (max length in characters respected: excess is cut). */
export function insertText(edit: Edit, text: string, maxLength?: number): Edit {
  const { value, start, end } = clamp(edit);
  let insert = text;
  if (maxLength !== undefined && maxLength >= 0) {
    const kept = charCount(value.slice(0, start)) + charCount(value.slice(end));
    insert = [...insert].slice(0, Math.max(0, maxLength - kept)).join('');
  }
  const next = value.slice(0, start) + insert + value.slice(end);
  const caret = start + insert.length;
  return { value: next, start: caret, end: caret };
}

/** Deletes the selection, or the one character (code point) before the caret. */
export function backspace(edit: Edit): Edit {
  const { value, start, end } = clamp(edit);
  if (start !== end) {
    return { value: value.slice(0, start) + value.slice(end), start, end: start };
  }
  if (start === 0) return { value, start, end };
  const before = [...value.slice(0, start)];
  before.pop();
  const head = before.join('');
  return { value: head + value.slice(start), start: head.length, end: head.length };
}

/**
 * Applies ゛ ゜ or 小 to the character just before the caret. With nothing suitable there the
 * edit comes back unchanged (same object), so callers can tell nothing happened.
 */
export function modifyBefore(edit: Edit, modifier: KanaModifier): Edit {
  const { value, start, end } = clamp(edit);
  if (start !== end || start === 0) return edit;
  const before = [...value.slice(0, start)];
  const last = before.pop();
  if (last === undefined) return edit;
  const changed = applyModifier(modifier, last);
  if (changed === null) return edit;
  const head = before.join('') + changed;
  return { value: head + value.slice(start), start: head.length, end: head.length };
}

/**
 * A mail-domain key (`@gmail.com`): replaces whatever follows an `@` already typed, otherwise
 * inserts at the caret. Either way the caret ends after the domain.
 */
export function insertDomain(edit: Edit, domain: string, maxLength?: number): Edit {
  const at = edit.value.indexOf('@');
  if (at < 0) return insertText(edit, domain, maxLength);
  return insertText({ value: edit.value, start: at, end: edit.value.length }, domain, maxLength);
}
