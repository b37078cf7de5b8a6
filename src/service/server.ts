import { IncomingMessage, STATUS_CODES, ServerResponse, createServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { ErrorBody, ErrorCode } from './errors.js';
import { silentLogger, type Logger } from './log.js';
import type { Metrics } from './metrics.js';

export interface ListenOptions {
  port: number;
  host: string;
  metrics?: Metrics;
  log?: Logger;
}

/**
 * Starts an HTTP server for `app` and resolves once it listens. Requests the HTTP parser refuses
 * (raw non-ASCII bytes in the URL, headers over 16 KB) get a JSON error like every other error,
 * instead of Node's bare status line. An express app's requests and responses are created with its
 * prototypes (see `bornWithPrototypes`).
 * @example const server = await listen(app, { port: 0, host: '127.0.0.1' }); baseUrl(server)
 */
export function listen(app: RequestListener, options: ListenOptions): Promise<Server> {
  const log = options.log ?? silentLogger;
  const server = createServer(bornWithPrototypes(app), app);
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, code, message]: [number, ErrorCode, string] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'header_too_large', 'request line and headers are too large (a query this long belongs in POST /v1/batch)']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'request_timeout', 'request took too long to arrive']
          : [400, 'bad_request', 'malformed HTTP request (URLs must be ASCII; percent-encode UTF-8)'];
    options.metrics?.clientErrors.inc({ status: String(status) });
    log.debug('client error', { code: err.code, status });
    const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/** `http://host:port` of a listening server (IPv6 hosts bracketed). */
export function baseUrl(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  const host = address === '0.0.0.0' || address === '::' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${port}`;
}

/**
 * Graceful stop: refuse new connections, let in-flight requests finish, then resolve `drained`;
 * after `timeoutMs` cut whatever is left and resolve `timeout`.
 * @example if ((await shutdown(server, 10_000)) === 'timeout') process.exitCode = 1
 */
export function shutdown(server: Server, timeoutMs: number): Promise<'drained' | 'timeout'> {
  return new Promise((resolve) => {
    // close() only drops connections idle at this instant; a keep-alive connection whose request
    // finishes later would hold the server open until its keep-alive timeout, so keep sweeping.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const timer = setTimeout(() => {
      clearInterval(sweep);
      server.closeAllConnections();
      resolve('timeout');
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(timer);
      resolve('drained');
    });
  });
}

/**
 * Server options that make Node create each request and response with the app's own prototypes
 * (`app.request`, `app.response`) when `app` is an express app; none for any other listener.
 *
 * Express re-parents every req and res with `Object.setPrototypeOf`. Measured on this service,
 * one request at a time, that made request objects survive young-generation collections: the
 * heap grew ~2.5 MB per collection and each took 2.7–3.3 ms instead of 0.7–1.1, a pause that
 * lands on whichever request arrives next. Created with the prototype already in place, express's
 * call finds nothing to change, and `instanceof IncomingMessage` still holds.
 * @example createServer(bornWithPrototypes(app), app)
 */
export function bornWithPrototypes(app: RequestListener): ServerOptions {
  const { request, response } = app as { request?: unknown; response?: unknown };
  if (!(request instanceof IncomingMessage) || !(response instanceof ServerResponse)) return {};
  // Node's two are plain function constructors, which `withPrototype` calls on a new object; a
  // Node that made them classes (not callable without `new`) gets its defaults instead.
  if (isClass(IncomingMessage) || isClass(ServerResponse)) return {};
  return { IncomingMessage: withPrototype(IncomingMessage, request), ServerResponse: withPrototype(ServerResponse, response) };
}

/** A constructor that runs `base` on instances whose prototype is `prototype` (a `base` instance). */
function withPrototype<T extends object>(base: T, prototype: object): T {
  const construct = base as unknown as (...args: unknown[]) => void;
  // A plain function, not a class: a class's `prototype` cannot be reassigned, and extending
  // `base` would put one more prototype between the instance and express's. (`Reflect.construct`
  // with this function as the new target would serve classes too, but its objects, measured, were
  // collected as slowly as re-parented ones: 2.4 ms scavenges against 1.2.)
  function Born(this: unknown, ...args: unknown[]): void {
    Reflect.apply(construct, this, args);
  }
  Born.prototype = prototype;
  return Born as unknown as T;
}

/** True for a `class` constructor, which cannot be called without `new`. */
function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class\b/u.test(Function.prototype.toString.call(f));
}
