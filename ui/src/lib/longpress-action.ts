// `use:longPress={onfire}`: wires the pure rules of ./longpress to pointer events and a timer.

import type { LongPress, LongPressConfig } from './longpress';
import { IDLE, KEY_LONG_PRESS, STAFF_LONG_PRESS, down, move, release, remaining, tick } from './longpress';

export function longPress(node: HTMLElement, onfire: () => void, config: LongPressConfig = STAFF_LONG_PRESS) {
  let fire = onfire;
  let state: LongPress = IDLE;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const check = () => {
    timer = null;
    const next = tick(state, performance.now(), config);
    if (next.phase === 'fired' && state.phase !== 'fired') {
      state = next;
      fire();
      return;
    }
    state = next;
    schedule();
  };
  const schedule = () => {
    stop();
    const ms = remaining(state, performance.now(), config);
    if (ms !== null) timer = setTimeout(check, ms + 16);
  };
  const sample = (e: PointerEvent) => ({
    pointerId: e.pointerId,
    x: e.clientX,
    y: e.clientY,
    primary: e.isPrimary && e.button === 0,
  });

  const onDown = (e: PointerEvent) => {
    state = down(sample(e), performance.now());
    if (state.phase === 'holding') {
      // Keep receiving this pointer's moves and release even if it drifts off the element.
      try {
        node.setPointerCapture(e.pointerId);
      } catch {
        // Not capturable (synthetic event): the element's own events still arrive.
      }
    }
    schedule();
  };
  const onMove = (e: PointerEvent) => {
    state = move(state, sample(e), config);
    if (state.phase !== 'holding') stop();
  };
  const onEnd = () => {
    state = release();
    stop();
  };
  const noMenu = (e: Event) => e.preventDefault();

  node.addEventListener('pointerdown', onDown);
  node.addEventListener('pointermove', onMove);
  node.addEventListener('pointerup', onEnd);
  node.addEventListener('pointercancel', onEnd);
  node.addEventListener('lostpointercapture', onEnd);
  node.addEventListener('contextmenu', noMenu);
  return {
    update(next: () => void) {
      fire = next;
    },
    destroy() {
      stop();
      node.removeEventListener('pointerdown', onDown);
      node.removeEventListener('pointermove', onMove);
      node.removeEventListener('pointerup', onEnd);
      node.removeEventListener('pointercancel', onEnd);
      node.removeEventListener('lostpointercapture', onEnd);
      node.removeEventListener('contextmenu', noMenu);
    },
  };
}

/** `use:keyHold={onfire}`: a key's long press (accents, variants), half a second. */
export function keyHold(node: HTMLElement, onfire: () => void) {
  return longPress(node, onfire, KEY_LONG_PRESS);
}
