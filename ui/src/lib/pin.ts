// The staff PIN pad's rules: digits only, 4 to 8 of them. Pure, so they are tested alone.

export const PIN_MIN = 4;
export const PIN_MAX = 8;

/** The pad's ten digits, in the order of a phone keypad (1 2 3 / 4 5 6 / 7 8 9 / 0). */
export const PIN_KEYS: readonly string[] = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Appends one digit; anything that is not a single ASCII digit, or a full PIN, is ignored. */
export function pressDigit(pin: string, digit: string): string {
  if (!/^[0-9]$/.test(digit) || pin.length >= PIN_MAX) return pin;
  return pin + digit;
}

/** ⌫ on the pad. */
export function eraseDigit(pin: string): string {
  return pin.slice(0, -1);
}

/** OK is enabled for 4 to 8 digits. */
export function pinComplete(pin: string): boolean {
  return pin.length >= PIN_MIN && pin.length <= PIN_MAX && /^[0-9]+$/.test(pin);
}

/** How many dots the pad shows: one per digit, and at least the minimum as empty places. */
export function dotSlots(pin: string): boolean[] {
  const slots = Math.max(PIN_MIN, Math.min(pin.length + (pin.length < PIN_MAX ? 1 : 0), PIN_MAX));
  return Array.from({ length: slots }, (_, i) => i < pin.length);
}
