import { fromKeystrokes, toKeystrokes } from '../src/hangul/index.js';

/**
 * Keystroke prefixes of `text`, of `minKeys` keys or more, that an IME shows as themselves (typing
 * them gives them back): the prefixes a front end can send while `text` is typed.
 * @example shownPrefixes('날씨') // ['ㄴ', '나', '날', '날ㅆ']
 */
export function shownPrefixes(text: string, minKeys = 1): string[] {
  const keys = toKeystrokes(text);
  const out: string[] = [];
  for (let i = minKeys; i < keys.length; i++) if (toKeystrokes(fromKeystrokes(keys.slice(0, i))) === keys.slice(0, i)) out.push(fromKeystrokes(keys.slice(0, i)));
  return out;
}
