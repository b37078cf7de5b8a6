/**
 * Fixed strings whose log-probabilities `lm/train.py` writes to `data/lm/golden.json` (through
 * `npm run lm:prepare`, which tokenizes them), and which the tests score again through
 * onnxruntime-node: the two must agree within 1e-4.
 */
export const GOLDEN_TEXTS: readonly string[] = [
  '아이폰',
  '서울 맛집',
  '날씨',
  'iphone 16',
  '오늘 날씨 어때?',
  '과메기',
  '닭갈비 맛있는 곳',
  'ㅋㅋㅋ',
];
