// The on-screen keyboard's state: which <input> or <textarea> it types into and which layout it
// shows.
//
// An input opts in with `use:keyboard={spec}`. Focusing it opens the panel; the panel keeps the
// focus in the input (it cancels pointerdown), inserts at the caret and fires a normal `input`
// event, so bindings, a physical keyboard and a system IME all see the same edits. Focus moving
// anywhere that is not such an input closes the panel: once the tap that moved it has delivered
// its click (lib/tap.ts), as the panel going away moves everything under the finger.

import { tick, untrack } from 'svelte';
import type { Edit } from './caret';
import { TapGuard } from './tap';

import type { Vocabulary } from '../generated/Vocabulary';

/** `write` is the handwriting pad, offered where a field takes kanji. */
export type KeyboardMode = 'kana' | 'write' | 'latin' | 'numeric';

/** A field the panel types into: a one-line input, or a textarea for a few paragraphs. */
export type KeyboardField = HTMLInputElement | HTMLTextAreaElement;

export interface KeyboardSpec {
  /** `switch` offers kana / ABC / 123 (free text such as 番地, 学校名, employer). */
  kind: KeyboardMode | 'switch';
  /** For `switch`: the layout shown first; without it, the visitor's language's
   * (`keyboard` in locales/languages.tsv: kana for Japanese, latin with accents by long press). */
  initial?: KeyboardMode;
  /** Extra keys on the numeric pad: '-' (phone, postcode), ':' (times), '元' (era years). */
  extras?: string[];
  /** Show the mail-domain keys on the Latin layout. */
  domains?: boolean;
  /** The field takes kanji: the kana layout gets 変換 (asking these words first) and the
   * switch gets the writing pad. */
  kanji?: Vocabulary;
}

class KeyboardState {
  target = $state<KeyboardField | null>(null);
  spec = $state<KeyboardSpec | null>(null);
  mode = $state<KeyboardMode>('kana');
  shift = $state(false);
  /** The layout of the visitor's language, for `switch` fields without an `initial`. */
  languageLayout = $state<KeyboardMode>('kana');
}

export const osk = new KeyboardState();

const specs = new WeakMap<KeyboardField, KeyboardSpec>();

function show(el: KeyboardField): void {
  const spec = specs.get(el);
  if (!spec) return;
  const changed = osk.target !== el;
  osk.target = el;
  osk.spec = spec;
  if (changed) {
    osk.mode = spec.kind === 'switch' ? (spec.initial ?? osk.languageLayout) : spec.kind;
    osk.shift = false;
  }
  void keepVisible(el);
}

/** Scrolls the field into view above the panel once the panel has taken its place. */
async function keepVisible(el: HTMLElement): Promise<void> {
  await tick();
  requestAnimationFrame(() => {
    const holder = (el.closest('[data-field]') as HTMLElement | null) ?? el;
    holder.scrollIntoView({ block: 'center', behavior: 'auto' });
  });
}

export function hideKeyboard(): void {
  // Not a dependency of an effect that calls this (App closes the panel on a screen change).
  const was = untrack(() => osk.target);
  osk.target = null;
  osk.spec = null;
  if (was) void showTopAfterClose(was);
}

/** With the panel gone the screen grows, but it stays scrolled where the field was, with the
 * heading out of view. Show the screen's top again when the field has gone (「今回は作らない」
 * removes the e-mail box), or when the field still shows from the top. */
async function showTopAfterClose(field: HTMLElement): Promise<void> {
  await tick();
  requestAnimationFrame(() => {
    if (osk.target) return;
    const heading = document.querySelector<HTMLElement>('[data-screen-heading]');
    const scroller = heading?.closest<HTMLElement>('main');
    if (!heading || !scroller || scroller.scrollTop === 0) return;
    const view = scroller.getBoundingClientRect();
    if (heading.getBoundingClientRect().top >= view.top) return;
    if (field.isConnected) {
      const holder = (field.closest('[data-field]') as HTMLElement | null) ?? field;
      const bottomFromTop = holder.getBoundingClientRect().bottom - view.top + scroller.scrollTop;
      if (bottomFromTop > scroller.clientHeight) return;
    }
    scroller.scrollTo({ top: 0, behavior: 'auto' });
  });
}

let tapGuard: TapGuard | null = null;

/** Follows taps on the whole window (from the first keyboard field on). */
function taps(): TapGuard {
  if (!tapGuard) {
    tapGuard = new TapGuard(window);
    tapGuard.attach();
  }
  return tapGuard;
}

/** Closes the panel and takes the focus out of the field. */
export function closeKeyboard(): void {
  osk.target?.blur();
  hideKeyboard();
}

export function keyboard(node: KeyboardField, spec: KeyboardSpec) {
  specs.set(node, spec);
  const guard = taps();
  const onFocus = () => show(node);
  const onBlur = () => {
    // Let the focus land and the tap finish first: another keyboard input takes over, anything
    // else closes (after its click, so the tapped button is still under the finger).
    guard.afterTap(() => {
      const active = document.activeElement;
      if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && specs.has(active)) return;
      if (osk.target === node) hideKeyboard();
    });
  };
  node.addEventListener('focus', onFocus);
  node.addEventListener('blur', onBlur);
  return {
    update(next: KeyboardSpec) {
      specs.set(node, next);
      if (osk.target === node) osk.spec = next;
    },
    destroy() {
      node.removeEventListener('focus', onFocus);
      node.removeEventListener('blur', onBlur);
      specs.delete(node);
      if (osk.target === node) hideKeyboard();
    },
  };
}

/** Applies an edit computed by lib/caret.ts to the target input, as typing would. */
export function applyEdit(compute: (e: Edit, maxLength?: number) => Edit): void {
  const el = osk.target;
  if (!el) return;
  const value = el.value;
  const start = el.selectionStart ?? value.length;
  const end = el.selectionEnd ?? value.length;
  const before: Edit = { value, start, end };
  // The limit is in characters (data-max-chars), not the UTF-16 units `maxlength` counts.
  const max = Number.parseInt(el.dataset.maxChars ?? '', 10);
  const after = compute(before, Number.isFinite(max) && max >= 0 ? max : undefined);
  if (after === before) return;
  if (after.value !== value) {
    el.value = after.value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }
  el.setSelectionRange(after.start, after.end);
  if (document.activeElement !== el) el.focus({ preventScroll: true });
}
