import type { RequestHandler } from 'express';

/**
 * CORS for an allow-list of origins (`*` allows any). With an empty list it does nothing, so no
 * CORS header is ever sent unless configured. Answers preflight requests itself.
 * @example app.use(cors(['http://localhost:3000']))
 */
export function cors(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req, res, next) => {
    if (origins.length === 0) {
      next();
      return;
    }
    // Caches must not hand one origin's answer (with its allow header) to another.
    if (!any) res.vary('Origin');
    const origin = req.headers.origin;
    if (origin === undefined || !(any || allowed.has(origin))) {
      next();
      return;
    }
    res.set('Access-Control-Allow-Origin', any ? '*' : origin);
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res
        .set({
          'Access-Control-Allow-Methods': 'GET, HEAD, POST',
          'Access-Control-Allow-Headers': 'Content-Type',
          'Access-Control-Max-Age': '600',
        })
        .status(204)
        .end();
      return;
    }
    next();
  };
}
