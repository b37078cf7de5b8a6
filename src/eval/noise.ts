import { areAdjacentKeys, fromKeystrokes, isShiftPair, keyPosition, normalize, toKeystrokes } from '../hangul/index.js';

/**
 * The noise model of the synthetic development set: one keystroke error per query, of these kinds
 * and shares (documented in data/README.md). It is ours, written from how people mistype on a
 * 2-beolsik keyboard, and deliberately independent of the channel weights fitted from real typos.
 */
export const NOISE_SHARES = {
  adjacent: 0.35,
  shift: 0.1,
  confusion: 0.1,
  delete: 0.15,
  insert: 0.15,
  transpose: 0.15,
} as const;

export type NoiseKind = keyof typeof NOISE_SHARES;

const KEYS = 'ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡㅃㅉㄸㄲㅆㅒㅖ';
const CONFUSIONS: Record<string, string> = { ㅐ: 'ㅔ', ㅔ: 'ㅐ', ㅒ: 'ㅖ', ㅖ: 'ㅒ', ㅅ: 'ㅆ', ㅆ: 'ㅅ', ㄷ: 'ㅅ', ㅈ: 'ㅊ', ㅊ: 'ㅈ', ㅂ: 'ㅍ', ㅍ: 'ㅂ', ㄱ: 'ㅋ', ㅋ: 'ㄱ' };

function pick<T>(items: readonly T[], rnd: () => number): T | undefined {
  return items.length ? items[Math.floor(rnd() * items.length)] : undefined;
}

function neighbours(key: string): string[] {
  return [...KEYS].filter((k) => areAdjacentKeys(k, key));
}

/**
 * One keystroke error applied to `text`, as the text a person would then see (re-assembled), or
 * undefined when the drawn error is not possible here.
 */
export function addTypo(text: string, kind: NoiseKind, rnd: () => number): string | undefined {
  const keys = [...toKeystrokes(text)];
  const positions = keys.map((k, i) => (keyPosition(k) ? i : -1)).filter((i) => i >= 0);
  const i = pick(positions, rnd);
  if (i === undefined) return undefined;
  const key = keys[i]!;
  switch (kind) {
    case 'adjacent': {
      const n = pick(neighbours(key), rnd);
      if (!n) return undefined;
      keys[i] = n;
      break;
    }
    case 'shift': {
      const s = [...KEYS].find((k) => isShiftPair(k, key));
      if (!s) return undefined;
      keys[i] = s;
      break;
    }
    case 'confusion': {
      const c = CONFUSIONS[key];
      if (!c) return undefined;
      keys[i] = c;
      break;
    }
    case 'delete':
      keys.splice(i, 1);
      break;
    case 'insert': {
      const n = pick(neighbours(key), rnd);
      if (!n) return undefined;
      keys.splice(rnd() < 0.5 ? i : i + 1, 0, n);
      break;
    }
    case 'transpose': {
      const next = keys[i + 1];
      if (next === undefined || next === key || !keyPosition(next)) return undefined;
      keys[i] = next;
      keys[i + 1] = key;
      break;
    }
  }
  const typed = normalize(fromKeystrokes(keys.join('')));
  return typed && typed !== text ? typed : undefined;
}

/** Draws a noise kind by the documented shares. */
export function drawKind(rnd: () => number): NoiseKind {
  let r = rnd();
  for (const [kind, share] of Object.entries(NOISE_SHARES) as [NoiseKind, number][]) {
    if ((r -= share) < 0) return kind;
  }
  return 'adjacent';
}
