// The reading the 変換 key converts, and what choosing a candidate does to the field.
//
// The reading is the run of kana just before the caret (hiragana or katakana, with ー), so a
// visitor types ヤマダ, presses 変換 and taps 山田; kana typed earlier and already followed by a
// kanji is never taken again. The shell converts the longest start of the reading it knows
// (`Conversion`): choosing a candidate replaces that start and leaves the rest as kana, caret
// after the rest, ready for the next 変換.

import type { Edit } from './caret';

/** Longest reading sent for conversion, in characters (the shell's MAX_READING). */
export const MAX_READING = 24;

function isKana(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || ch === 'ー';
}

/** The kana run ending at the caret: its UTF-16 start and its text (empty when there is none). */
export function readingBefore(edit: Edit): { start: number; text: string } {
  const head = [...edit.value.slice(0, edit.start)];
  let n = 0;
  while (n < head.length && n < MAX_READING && isKana(head[head.length - 1 - n])) n += 1;
  const text = head.slice(head.length - n).join('');
  return { start: edit.start - text.length, text };
}

/**
 * Replaces the first `readingLength` characters of the reading before the caret with `spelling`
 * (the part the candidates spell); the rest of the reading stays, and the caret stays after it.
 */
export function chooseCandidate(edit: Edit, readingLength: number, spelling: string): Edit {
  const run = readingBefore(edit);
  const chars = [...run.text];
  const n = Math.min(readingLength, chars.length);
  if (n === 0) return edit;
  const replaced = chars.slice(0, n).join('');
  const value = edit.value.slice(0, run.start) + spelling + edit.value.slice(run.start + replaced.length);
  const caret = edit.start - replaced.length + spelling.length;
  return { value, start: caret, end: caret };
}

/** The same text with the character at code point `index` swapped for `variant` (異体字). */
export function withVariant(text: string, index: number, variant: string): string {
  const chars = [...text];
  if (index < 0 || index >= chars.length) return text;
  chars[index] = variant;
  return chars.join('');
}
