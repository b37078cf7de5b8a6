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
