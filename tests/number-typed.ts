/**
 * A naive reading of the number a text is typed with, for tests: each run of digits, and each run
 * of Latin letters right before a digit as `L` (갤럭시 s24 → L24, rtx4090 → L4090, 2018 고1 → 20181).
 * What fixes and one-typo completions must keep (src/candidates/completion.ts's `numberOf`).
 */
export function numberTyped(text: string): string {
  return (text.match(/[a-z]+(?=\d)|\d/gu) ?? []).map((m) => (/\d/u.test(m) ? m : 'L')).join('');
}
