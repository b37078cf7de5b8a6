/**
 * The search page (`GET /`): static files beside this module — index.html, app.js, style.css —
 * in src/web/ when run from source and in dist/src/web/ after `npm run build` copies them.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RequestHandler } from 'express';

/** The folder holding index.html and its assets. */
export const WEB_DIR = dirname(fileURLToPath(import.meta.url));

/** The page's own files only: a small script and a style sheet, nothing inline, nothing from elsewhere. */
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
};

function file(name: string): RequestHandler {
  return (_req, res, next) => {
    res.sendFile(name, { root: WEB_DIR, headers: SECURITY_HEADERS }, (err) => {
      if (err) next(err);
    });
  };
}

/**
 * The page's routes, for the app's route table (each path is also its metrics label).
 * @example for (const { path, handler } of PAGE_ROUTES) app.get(path, handler)
 */
export const PAGE_ROUTES: readonly { path: string; handler: RequestHandler }[] = [
  { path: '/', handler: file('index.html') },
  { path: '/assets/app.js', handler: file('app.js') },
  { path: '/assets/style.css', handler: file('style.css') },
];
