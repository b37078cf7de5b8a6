/**
 * A one-line progress bar with rate and ETA, drawn on a terminal only: when stderr is a pipe or a
 * file (CI, `2> log`) it stays silent, so logs never fill with carriage returns.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Redraws at most this often. */
const FRAME_MS = 100;

export class Progress {
  readonly #out: ProgressStream | undefined;
  readonly #now: () => number;
  #started = 0;
  #lastDraw = -Infinity;
  #done = 0;
  #read = 0;
  #bytes = 0;
  #totalBytes: number | undefined;
  #totalItems: number | undefined;
  #label = '';
  #drawn = false;

  /**
   * @param out where to draw (stderr); nothing is drawn unless `out.isTTY`
   * @example const p = new Progress(process.stderr); p.start('queries', size); p.tick(8, bytes); p.end()
   */
  constructor(out: ProgressStream | undefined, now: () => number = () => performance.now()) {
    this.#out = out?.isTTY ? out : undefined;
    this.#now = now;
  }

  /** A status line with no bar, e.g. while engines load. */
  status(text: string): void {
    if (!this.#out) return;
    this.#write(text);
  }

  /**
   * Starts counting. The percentage and ETA come from `totalItems` when known, else from
   * `totalBytes` (the input size); with neither, only the count and rate are shown.
   */
  start(label: string, total: { bytes?: number | undefined; items?: number | undefined }): void {
    this.#label = label;
    this.#totalBytes = total.bytes;
    this.#totalItems = total.items;
    this.#started = this.#now();
    this.#done = 0;
    this.#read = 0;
    this.#bytes = 0;
  }

  /** `items` more finished. */
  tick(items: number): void {
    this.#done += items;
    if (!this.#out) return;
    const t = this.#now();
    if (t - this.#lastDraw < FRAME_MS) return;
    this.#lastDraw = t;
    this.#write(this.#line(t));
  }

  /** One more item read, its line ending `bytes` into the input (the reader runs ahead of the work). */
  read(bytes: number): void {
    this.#read++;
    this.#bytes = bytes;
  }

  /** Clears the line. */
  end(): void {
    if (this.#out && this.#drawn) this.#out.write('\r\u001b[2K');
    this.#drawn = false;
  }

  #line(t: number): string {
    const seconds = (t - this.#started) / 1000;
    const rate = seconds > 0 ? this.#done / seconds : 0;
    const count = `${this.#done.toLocaleString('en-US')} ${this.#label}`;
    const speed = `${rate >= 100 ? Math.round(rate).toLocaleString('en-US') : rate.toFixed(1)}/s`;
    const share = this.#share();
    if (share === undefined) return `${count}  ${speed}  ${clock(seconds)}`;
    const width = 24;
    const full = Math.round(share * width);
    const bar = '█'.repeat(full) + '░'.repeat(width - full);
    const eta = share > 0.001 ? `ETA ${clock((seconds * (1 - share)) / share)}` : 'ETA …';
    return `${bar} ${(share * 100).toFixed(0).padStart(3)}%  ${count}  ${speed}  ${eta}`;
  }

  /** Share of the work done: items finished over the total, or the input bytes they stand for. */
  #share(): number | undefined {
    if (this.#totalItems) return Math.min(1, this.#done / this.#totalItems);
    if (!this.#totalBytes || this.#read === 0) return undefined;
    // Bytes per item so far, times the items finished: where the workers are in the file.
    return Math.min(1, (this.#done * (this.#bytes / this.#read)) / this.#totalBytes);
  }

  #write(text: string): void {
    const columns = this.#out?.columns || 80;
    this.#out?.write(`\r\u001b[2K${text.slice(0, Math.max(10, columns - 1))}`);
    this.#drawn = true;
  }
}

/** 75 → '1m15s'. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
