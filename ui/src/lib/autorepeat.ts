// A key that repeats while held (⌫ on the on-screen keyboard): it acts once when pressed, again
// after `delayMs` if still held, then every `intervalMs` until released.
//
// `repeater` is the logic over timers (tested with fake timers); `autorepeat` is the action that
// feeds it pointer events. A click that no pointer press preceded (assistive technology, a
// script's element.click()) acts once; the click that follows a press does not act again.

export interface RepeatConfig {
  delayMs: number;
  intervalMs: number;
}

export const KEY_REPEAT: RepeatConfig = { delayMs: 500, intervalMs: 80 };

/** How long after a release a click still belongs to that press. */
const CLICK_AFTER_RELEASE_MS = 1000;

export interface Repeater {
  press(): void;
  release(): void;
  click(): void;
  /** Stops everything (the key is removed). */
  dispose(): void;
  readonly held: boolean;
}

export function repeater(act: () => void, config: RepeatConfig = KEY_REPEAT): Repeater {
  let delay: ReturnType<typeof setTimeout> | null = null;
  let every: ReturnType<typeof setInterval> | null = null;
  let forget: ReturnType<typeof setTimeout> | null = null;
  let held = false;
  /** A press acted since the last click: its click must not act again. */
  let pressed = false;

  const stopRepeat = () => {
    if (delay !== null) clearTimeout(delay);
    if (every !== null) clearInterval(every);
    delay = null;
    every = null;
  };
  const stopForget = () => {
    if (forget !== null) clearTimeout(forget);
    forget = null;
  };

  return {
    press() {
      stopRepeat();
      stopForget();
      held = true;
      pressed = true;
      act();
      delay = setTimeout(() => {
        delay = null;
        every = setInterval(act, config.intervalMs);
      }, config.delayMs);
    },
    release() {
      if (!held) return;
      held = false;
      stopRepeat();
      stopForget();
      forget = setTimeout(() => {
        forget = null;
        pressed = false;
      }, CLICK_AFTER_RELEASE_MS);
    },
    click() {
      if (pressed) {
        pressed = false;
        stopForget();
        return;
      }
      act();
    },
    dispose() {
      held = false;
      pressed = false;
      stopRepeat();
      stopForget();
    },
    get held() {
      return held;
    },
  };
}

/** `use:autorepeat={act}` on a button: replaces its onclick. */
export function autorepeat(node: HTMLElement, act: () => void) {
  let current = act;
  const r = repeater(() => current());
  const onDown = (e: PointerEvent) => {
    if (!e.isPrimary || e.button !== 0) return;
    r.press();
  };
  const onUp = () => r.release();
  const onClick = () => r.click();
  const events = ['pointerup', 'pointercancel', 'pointerleave', 'lostpointercapture'] as const;
  node.addEventListener('pointerdown', onDown);
  for (const e of events) node.addEventListener(e, onUp);
  node.addEventListener('click', onClick);
  return {
    update(next: () => void) {
      current = next;
    },
    destroy() {
      r.dispose();
      node.removeEventListener('pointerdown', onDown);
      for (const e of events) node.removeEventListener(e, onUp);
      node.removeEventListener('click', onClick);
    },
  };
}
