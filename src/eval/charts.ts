/**
 * Small SVG charts as strings, for the self-contained HTML report: no script, no external assets,
 * text in the page's font. Each function returns one `<svg>` element that scales to its container.
 */

/** Escapes text for HTML and SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const n2 = (x: number): string => (Math.round(x * 10) / 10).toString();
const pct = (x: number): string => `${Math.round(x * 100)}%`;

export interface Series {
  name: string;
  color: string;
  values: number[];
}

/**
 * Horizontal bars, one row per label: the second value (e.g. top-5) drawn light behind the first
 * (top-1), both as shares of 1.
 * @example shareBars([{ label: 'typo', n: 40, values: [0.8, 0.9] }], ['top-1', 'top-5'], ['#2563eb', '#bfdbfe'])
 */
export function shareBars(rows: { label: string; n: number; values: [number, number] }[], names: [string, string], colors: [string, string]): string {
  const width = 720;
  const labelW = 190;
  const valueW = 150;
  const rowH = 26;
  const top = 30;
  const barW = width - labelW - valueW - 10;
  const height = top + rows.length * rowH + 26;
  const parts: string[] = [];
  parts.push(legend([{ name: names[0], color: colors[0] }, { name: names[1], color: colors[1] }], labelW, 14));
  for (const t of [0, 0.25, 0.5, 0.75, 1]) {
    const x = labelW + t * barW;
    parts.push(`<line x1="${n2(x)}" y1="${top - 4}" x2="${n2(x)}" y2="${top + rows.length * rowH}" class="grid"/>`);
    parts.push(`<text x="${n2(x)}" y="${top + rows.length * rowH + 16}" class="tick" text-anchor="middle">${pct(t)}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="${labelW - 8}" y="${y + 17}" class="label" text-anchor="end">${esc(r.label)}</text>`);
    parts.push(`<rect x="${labelW}" y="${y + 4}" width="${n2(Math.max(0, r.values[1]) * barW)}" height="${rowH - 8}" fill="${colors[1]}" rx="2"><title>${esc(`${r.label}: ${names[1]} ${pct(r.values[1])}`)}</title></rect>`);
    parts.push(`<rect x="${labelW}" y="${y + 4}" width="${n2(Math.max(0, r.values[0]) * barW)}" height="${rowH - 8}" fill="${colors[0]}" rx="2"><title>${esc(`${r.label}: ${names[0]} ${pct(r.values[0])}`)}</title></rect>`);
    parts.push(`<text x="${labelW + barW + 10}" y="${y + 17}" class="value">${pct(r.values[0])} · ${pct(r.values[1])} <tspan class="muted">n=${r.n.toLocaleString('en-US')}</tspan></text>`);
  });
  return svg(width, height, parts, 'Accuracy by error kind');
}

/**
 * Lines over shared x values, y from 0 to 1 (shares).
 * @example shareLines([0.1, 0.5, 1], [{ name: 'success@10', color: '#2563eb', values: [0.2, 0.7, 0.9] }], (x) => `${x * 100}%`, 'keystrokes typed')
 */
export function shareLines(xs: number[], series: Series[], xFormat: (x: number) => string, xTitle: string, title: string): string {
  const width = 720;
  const height = 320;
  const m = { l: 52, r: 20, t: 34, b: 48 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  const xMin = xs[0] ?? 0;
  const xMax = xs[xs.length - 1] ?? 1;
  const X = (x: number): number => m.l + (xMax === xMin ? w / 2 : ((x - xMin) / (xMax - xMin)) * w);
  const Y = (y: number): number => m.t + (1 - Math.min(1, Math.max(0, y))) * h;
  const parts: string[] = [legend(series, m.l, 14)];
  for (const t of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
    parts.push(`<line x1="${m.l}" y1="${n2(Y(t))}" x2="${m.l + w}" y2="${n2(Y(t))}" class="grid"/>`);
    parts.push(`<text x="${m.l - 8}" y="${n2(Y(t) + 4)}" class="tick" text-anchor="end">${pct(t)}</text>`);
  }
  const every = Math.max(1, Math.ceil(xs.length / 12));
  xs.forEach((x, i) => {
    if (i % every !== 0 && i !== xs.length - 1) return;
    parts.push(`<text x="${n2(X(x))}" y="${m.t + h + 18}" class="tick" text-anchor="middle">${esc(xFormat(x))}</text>`);
  });
  parts.push(`<text x="${m.l + w / 2}" y="${height - 8}" class="axis" text-anchor="middle">${esc(xTitle)}</text>`);
  parts.push(`<line x1="${m.l}" y1="${m.t + h}" x2="${m.l + w}" y2="${m.t + h}" class="axisline"/>`);
  for (const s of series) {
    const pts = xs.map((x, i) => `${n2(X(x))},${n2(Y(s.values[i] ?? 0))}`);
    parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.5" stroke-linejoin="round"/>`);
    xs.forEach((x, i) => {
      const v = s.values[i] ?? 0;
      parts.push(`<circle cx="${n2(X(x))}" cy="${n2(Y(v))}" r="3.5" fill="${s.color}"><title>${esc(`${s.name} at ${xFormat(x)}: ${(v * 100).toFixed(1)}%`)}</title></circle>`);
    });
  }
  return svg(width, height, parts, title);
}

/**
 * A latency histogram on a log time axis, with percentile markers.
 * @example latencyHistogram([{ fromMs: 1, toMs: 2, count: 5 }], [{ label: 'p50', ms: 1.4 }], '#2563eb', 'correct')
 */
export function latencyHistogram(bins: { fromMs: number; toMs: number; count: number }[], markers: { label: string; ms: number }[], color: string, title: string): string {
  const width = 720;
  const height = 260;
  const m = { l: 52, r: 20, t: 34, b: 44 };
  const w = width - m.l - m.r;
  const h = height - m.t - m.b;
  if (bins.length === 0) return svg(width, 60, ['<text x="10" y="34" class="muted">no calls</text>'], title);
  const lo = Math.log10(bins[0]!.fromMs);
  const hi = Math.log10(bins[bins.length - 1]!.toMs);
  const span = Math.max(hi - lo, 1e-9);
  const X = (ms: number): number => m.l + ((Math.log10(ms) - lo) / span) * w;
  const maxCount = Math.max(...bins.map((b) => b.count), 1);
  const Y = (c: number): number => m.t + (1 - c / maxCount) * h;
  const parts: string[] = [`<text x="${m.l}" y="16" class="label">${esc(title)}</text>`];
  for (const t of [0, 0.5, 1]) {
    const c = Math.round(maxCount * t);
    parts.push(`<line x1="${m.l}" y1="${n2(Y(c))}" x2="${m.l + w}" y2="${n2(Y(c))}" class="grid"/>`);
    parts.push(`<text x="${m.l - 8}" y="${n2(Y(c) + 4)}" class="tick" text-anchor="end">${c.toLocaleString('en-US')}</text>`);
  }
  for (const b of bins) {
    const x0 = X(b.fromMs);
    const x1 = X(b.toMs);
    parts.push(`<rect x="${n2(x0 + 0.5)}" y="${n2(Y(b.count))}" width="${n2(Math.max(0.5, x1 - x0 - 1))}" height="${n2(m.t + h - Y(b.count))}" fill="${color}" opacity="0.85"><title>${esc(`${fmtMs(b.fromMs)}–${fmtMs(b.toMs)} ms: ${b.count.toLocaleString('en-US')} calls`)}</title></rect>`);
  }
  // Ticks at 1, 2, 5 × powers of ten that fall inside the range.
  const ticks: number[] = [];
  for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) for (const f of span > 2 ? [1] : [1, 2, 5]) ticks.push(f * 10 ** e);
  for (const t of ticks.filter((t) => Math.log10(t) >= lo - 1e-9 && Math.log10(t) <= hi + 1e-9)) {
    parts.push(`<line x1="${n2(X(t))}" y1="${m.t + h}" x2="${n2(X(t))}" y2="${m.t + h + 5}" class="axisline"/>`);
    parts.push(`<text x="${n2(X(t))}" y="${m.t + h + 18}" class="tick" text-anchor="middle">${fmtMs(t)}</text>`);
  }
  parts.push(`<line x1="${m.l}" y1="${m.t + h}" x2="${m.l + w}" y2="${m.t + h}" class="axisline"/>`);
  parts.push(`<text x="${m.l + w / 2}" y="${height - 6}" class="axis" text-anchor="middle">milliseconds per call (log scale)</text>`);
  markers.forEach((mk, i) => {
    const x = Math.min(m.l + w, Math.max(m.l, X(mk.ms)));
    parts.push(`<line x1="${n2(x)}" y1="${m.t - 2}" x2="${n2(x)}" y2="${m.t + h}" class="marker"/>`);
    parts.push(`<text x="${n2(x + 4)}" y="${m.t + 10 + i * 13}" class="marker-label">${esc(`${mk.label} ${fmtMs(mk.ms)}`)}</text>`);
  });
  return svg(width, height, parts, title);
}

/** 0.0123 → '0.012', 12.3 → '12', 1500 → '1500'. */
export function fmtMs(ms: number): string {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1).replace(/\.0$/, '');
  if (ms >= 1) return ms.toFixed(2).replace(/\.?0+$/, '');
  return Number(ms.toPrecision(2)).toString();
}

function legend(items: { name: string; color: string }[], x: number, y: number): string {
  let at = x;
  const parts: string[] = [];
  for (const it of items) {
    parts.push(`<rect x="${at}" y="${y - 9}" width="12" height="12" rx="2" fill="${it.color}"/>`);
    parts.push(`<text x="${at + 17}" y="${y + 1}" class="legend">${esc(it.name)}</text>`);
    at += 36 + it.name.length * 8.5;
  }
  return parts.join('');
}

function svg(width: number, height: number, parts: string[], title: string): string {
  return `<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}
