// Layout changes that must wait until the tap in progress is over.
//
// A tap moves the focus on its press (pointerdown / mousedown), but the browser only picks the
// element that gets the `click` at the release. Anything that moves the layout in between, such
// as closing the on-screen keyboard when a field loses the focus, puts another element under the
// finger, and the tap is lost (昭和 or 女性 tapped, nothing selected). `TapGuard.afterTap` runs
// such a change once every press has been released and the click it makes has been dispatched
// (or, when no click follows, a short while after the release).
//
// Press and release are followed on three channels, because a webview may send any of them
// alone: pointer events, mouse events (also the ones made up from a touch) and touch events.
// Listeners are on the window in the capture phase, so they see every press first.

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const PRESS = ['pointerdown', 'mousedown', 'touchstart'] as const;
const RELEASE = ['pointerup', 'mouseup', 'touchend'] as const;
const CANCEL = ['pointercancel', 'touchcancel'] as const;
const CAPTURE = { capture: true, passive: true } as const;

/** How long to wait for the click after the release before giving up on it. */
export const CLICK_WAIT_MS = 500;

export class TapGuard {
  private pointers = new Set<number>();
  private mouse = false;
  private touches = 0;
  private waiting: (() => void)[] = [];
  private clickTimer: unknown = null;
  private awaitingClick = false;
  private attached = false;

  constructor(
    private readonly target: EventTarget,
    private readonly timers: Timers = realTimers,
    private readonly clickWaitMs = CLICK_WAIT_MS,
  ) {}

  /** True while a finger or button is down. */
  get pressed(): boolean {
    return this.pointers.size > 0 || this.mouse || this.touches > 0;
  }

  /** Starts following presses (idempotent). */
  attach(): void {
    if (this.attached) return;
    this.attached = true;
    for (const type of PRESS) this.target.addEventListener(type, this.onPress, CAPTURE);
    for (const type of RELEASE) this.target.addEventListener(type, this.onRelease, CAPTURE);
    for (const type of CANCEL) this.target.addEventListener(type, this.onCancel, CAPTURE);
    this.target.addEventListener('click', this.onClick, CAPTURE);
  }

  detach(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const type of PRESS) this.target.removeEventListener(type, this.onPress, CAPTURE);
    for (const type of RELEASE) this.target.removeEventListener(type, this.onRelease, CAPTURE);
    for (const type of CANCEL) this.target.removeEventListener(type, this.onCancel, CAPTURE);
    this.target.removeEventListener('click', this.onClick, CAPTURE);
  }

  /** Runs `run` once the tap in progress has ended and its click has been dispatched; with no
   * tap in progress, in the next task (after the focus change under way has landed). */
  afterTap(run: () => void): void {
    if (!this.pressed && !this.awaitingClick) {
      this.timers.set(run, 0);
      return;
    }
    this.waiting.push(run);
  }

  private onPress = (e: Event): void => {
    if (e.type === 'pointerdown') {
      // The first finger of a new gesture: no other pointer is down, whatever we missed (a
      // release sent to an element that was removed meanwhile never reaches the window).
      if ((e as Partial<PointerEvent>).isPrimary === true) this.pointers.clear();
      this.pointers.add(pointerId(e));
    } else if (e.type === 'mousedown') this.mouse = true;
    else this.touches = touchCount(e, this.touches + 1);
    // A new press while waiting for a click: that click is not coming; the wait goes on.
    this.stopClickWait();
  };

  private onRelease = (e: Event): void => {
    if (e.type === 'pointerup') this.pointers.delete(pointerId(e));
    else if (e.type === 'mouseup') this.mouse = false;
    else this.touches = touchCount(e, Math.max(0, this.touches - 1));
    if (this.pressed || this.waiting.length === 0) return;
    // Released: the click (if any) comes in this task or a following one.
    this.stopClickWait();
    this.awaitingClick = true;
    this.clickTimer = this.timers.set(() => this.flush(), this.clickWaitMs);
  };

  private onCancel = (e: Event): void => {
    if (e.type === 'pointercancel') this.pointers.delete(pointerId(e));
    else this.touches = touchCount(e, Math.max(0, this.touches - 1));
    // A cancelled press (a scroll) makes no click.
    if (!this.pressed) {
      this.mouse = false;
      this.stopClickWait();
      this.flushSoon();
    }
  };

  private onClick = (): void => {
    if (!this.awaitingClick) return;
    // This listener runs before the element's own handler: let the click finish first.
    this.stopClickWait();
    this.flushSoon();
  };

  private stopClickWait(): void {
    if (this.clickTimer !== null) this.timers.clear(this.clickTimer);
    this.clickTimer = null;
    this.awaitingClick = false;
  }

  private flushSoon(): void {
    if (this.waiting.length === 0) return;
    this.timers.set(() => this.flush(), 0);
  }

  private flush(): void {
    this.stopClickWait();
    if (this.pressed) return;
    const runs = this.waiting;
    this.waiting = [];
    for (const run of runs) run();
  }
}

function pointerId(e: Event): number {
  const id = (e as Partial<PointerEvent>).pointerId;
  return typeof id === 'number' ? id : 0;
}

/** Touches still down, from the event when it says so. */
function touchCount(e: Event, guess: number): number {
  const touches = (e as Partial<TouchEvent>).touches;
  return touches && typeof touches.length === 'number' ? touches.length : guess;
}
