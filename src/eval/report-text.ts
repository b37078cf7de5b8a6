/** The terminal summary of a `baro eval` report: aligned tables, no colour, fits 100 columns. */
import type { EvalReport } from './report.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const int = (x: number): string => Math.round(x).toLocaleString('en-US');

/** Rows of cells, left column left-aligned, the rest right-aligned. */
function table(rows: string[][], indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, [...c].length)));
  return rows.map((r) => indent + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ').trimEnd());
}

/** Label: value lines, values left-aligned after the longest label. */
function pairs(rows: [string, string][], indent = '  '): string[] {
  const width = Math.max(...rows.map(([k]) => [...k].length));
  return rows.map(([k, v]) => `${indent}${k.padEnd(width)}   ${v}`);
}

/**
 * Renders the report for a terminal.
 * @example console.log(formatText(await runEval({ pairs: 'typos.tsv' })))
 */
export function formatText(r: EvalReport): string {
  const out: string[] = [];
  const where = r.target.mode === 'http' ? `${r.target.url} (${r.target.concurrency} in flight)` : `in-process, ${r.target.workers || 'no'} worker thread${r.target.workers === 1 ? '' : 's'}`;
  out.push(`baro eval — ${where}, language model ${r.target.lm}, ${(r.elapsedMs / 1000).toFixed(1)} s`);
  out.push('');
  out.push('Input');
  out.push(
    ...table([
      ['file', 'format', 'lines', 'evaluated', 'skipped', 'bad'],
      ...r.inputs.map((i) => [`${i.role}: ${i.path}`, i.format, int(i.lines), int(i.records) + (i.truncated ? ' (limit)' : ''), int(i.skipped), int(i.bad)]),
    ]),
  );
  for (const i of r.inputs) for (const b of i.badExamples.slice(0, 5)) out.push(`    bad ${i.role} line ${b.line}: ${b.reason} — ${JSON.stringify(b.text)}`);

  if (r.correction) {
    const c = r.correction;
    out.push('', `Correction (${int(c.pairs)} pairs)`);
    out.push(
      ...pairs([
        ['top-1 / top-5 accuracy', `${pct(c.top1)} / ${pct(c.top5)}`],
        ['autocorrect precision / recall', `${pct(c.autocorrectPrecision)} / ${pct(c.autocorrectRecall)}  (${int(c.autocorrects)} autocorrects)`],
      ]),
    );
    if (c.byKind.length > 1 || (c.byKind[0] && c.byKind[0].kind !== 'unlabelled')) {
      out.push('  by error kind');
      out.push(...table([['kind', 'pairs', 'top-1', 'top-5'], ...c.byKind.map((k) => [k.kind, int(k.pairs), pct(k.top1), pct(k.top5)])], '    '));
    }
    if (c.worst.length) {
      out.push('  worst cases');
      for (const w of c.worst.slice(0, 8)) out.push(`    ${w.typed} → ${w.got} (${w.action}); want ${w.intended}; candidates ${w.candidates.slice(0, 4).map((x) => x.text).join(', ') || '—'}`);
    }
  }
  if (r.falseAutocorrect) {
    const f = r.falseAutocorrect;
    out.push('', `False autocorrections on logged queries (${int(f.queries)} queries, ${int(f.searches)} searches)`);
    out.push(...pairs([['false autocorrect rate / did-you-mean rate', `${pct(f.rate)} / ${pct(f.suggestRate)}`]]));
    for (const w of f.worst.slice(0, 5)) out.push(`    ${w.query} → ${w.corrected} (×${int(w.count)})`);
  }
  if (r.completion) {
    const k = r.completion;
    out.push('', `Autocomplete replay (${int(k.queries)} queries, ${int(k.searches)} searches, ${k.meanKeystrokes.toFixed(1)} keystrokes each)`);
    out.push(
      ...pairs([
        ['at half the keystrokes: success@1 / @10 / MRR@10', `${pct(k.atHalf.successAt1)} / ${pct(k.atHalf.successAt10)} / ${k.atHalf.mrrAt10.toFixed(3)}`],
        ['keystrokes saved (pick from the top 10 at the first chance)', pct(k.keystrokesSaved)],
      ]),
    );
    out.push('  by share of keystrokes typed');
    out.push(...table([['typed', 'success@1', 'success@10', 'MRR@10'], ...k.byShare.map((s) => [pct(s.share).replace('.0', ''), pct(s.successAt1), pct(s.successAt10), s.mrrAt10.toFixed(3)])], '    '));
    out.push('  by prefix length (keystrokes)');
    const lengths = k.byPrefixLength.filter((p) => p.keystrokes <= 10 || p.keystrokes % 5 === 0);
    out.push(...table([['keys', 'searches', 'success@1', 'success@10', 'MRR@10'], ...lengths.map((p) => [String(p.keystrokes), int(p.searches), pct(p.successAt1), pct(p.successAt10), p.mrrAt10.toFixed(3)])], '    '));
  }
  out.push('', 'Latency per call (ms)');
  const lat = (['correct', 'suggest'] as const).filter((op) => r.latency[op].calls > 0);
  out.push(...table([['call', 'calls', 'mean', 'p50', 'p95', 'p99', 'max'], ...lat.map((op) => {
    const l = r.latency[op];
    return [op, int(l.calls), ms(l.meanMs), ms(l.p50Ms), ms(l.p95Ms), ms(l.p99Ms), ms(l.maxMs)];
  })]));
  if (r.errors.count) {
    out.push('', `Errors: ${int(r.errors.count)} calls failed (counted out of the figures above)`);
    for (const e of r.errors.examples) out.push(`  ${e}`);
  }
  return out.join('\n');
}
