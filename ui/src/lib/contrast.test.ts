// The two other colour schemes promise 7:1 (WCAG 1.4.6, AAA) for every text the kiosk draws:
// computed here from app.css itself, so a colour changed there is checked without a browser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('../app.css', import.meta.url), 'utf8');

/** The custom properties of one `:root…{}` block (the standard one when `selector` is `:root`). */
function block(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`app.css has no ${selector} block`);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/(--c-[\w-]+):\s*(#[0-9a-fA-F]{6})/g)) out[m[1]] = m[2];
  return out;
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function ratio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour on background colour, as the components pair them. */
const PAIRS: [string, string][] = [
  ['--c-text', '--c-bg'],
  ['--c-text', '--c-surface'],
  ['--c-text', '--c-primary-light'],
  ['--c-muted', '--c-surface'],
  ['--c-muted', '--c-bg'],
  ['--c-primary', '--c-surface'],
  ['--c-primary', '--c-bg'],
  ['--c-primary', '--c-primary-light'],
  ['--c-on-primary', '--c-primary'],
  ['--c-on-primary', '--c-primary-dark'],
  ['--c-error-text', '--c-surface'],
  ['--c-error-text', '--c-error-bg'],
  ['--c-warn-text', '--c-surface'],
  ['--c-warn-text', '--c-warn-bg'],
  ['--c-ok', '--c-surface'],
  ['--c-disabled-text', '--c-disabled-bg'],
];

describe('colour schemes', () => {
  const standard = block(':root');
  for (const [theme, least] of [
    ['standard', 4.5],
    ['contrast', 7],
    ['dark', 7],
  ] as const) {
    it(`${theme}: every text pair reaches ${least}:1`, () => {
      const colours = theme === 'standard' ? standard : { ...standard, ...block(`:root[data-theme='${theme}']`) };
      const short: string[] = [];
      for (const [fg, bg] of PAIRS) {
        const r = ratio(colours[fg], colours[bg]);
        if (r < least) short.push(`${fg} ${colours[fg]} on ${bg} ${colours[bg]}: ${r.toFixed(2)}`);
      }
      expect(short).toEqual([]);
    });
  }

  it('knows the arithmetic (black on white is 21:1)', () => {
    expect(ratio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
