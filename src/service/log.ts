import { LOG_LEVELS, type LogLevel } from '../config/index.js';

export type LogFields = Record<string, unknown>;

/** A small structured logger: one JSON object per line. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/**
 * A logger that drops lines below `level` and writes the rest to `write` (stderr by default).
 * @example createLogger('info').info('listening', { port: 8080 }) // {"time":"…","level":"info","msg":"listening","port":8080}
 */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at = (lvl: Exclude<LogLevel, 'silent'>) => {
    if (LOG_LEVELS.indexOf(lvl) < threshold) return () => {};
    return (msg: string, fields: LogFields = {}) => write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Drops everything; the default in tests. */
export const silentLogger: Logger = createLogger('silent');

/**
 * A handler for a recurring error that logs at most one line per `intervalMs`, counting the errors
 * since the last line, so a failure on every request cannot flood the log.
 * @example const onLmError = throttledErrorLog(log, 'language model failed; answering without it')
 */
export function throttledErrorLog(log: Logger, msg: string, intervalMs = 60_000, now: () => number = () => performance.now()): (error: unknown) => void {
  let last = -Infinity;
  let count = 0;
  return (error) => {
    count++;
    const t = now();
    if (t - last < intervalMs) return;
    log.error(msg, { errors: count, error: error instanceof Error ? error.message : String(error) });
    last = t;
    count = 0;
  };
}
