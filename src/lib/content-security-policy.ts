import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { ROOT_REDIRECT_SCRIPT } from './root-redirect.ts';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** A CSP source expression for this exact script or style text. */
const sha256Source = (text: string): `sha256-${string}` => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/**
 * The site's Content-Security-Policy, which Astro writes into every page as a <meta> with the
 * hashes of the scripts and styles it bundles. Everything comes from the site itself; the only
 * inline script Astro does not process, the root redirect, is allowed by its hash.
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search engine; it does not allow
 * `eval` or `new Function`. frame-ancestors is absent: browsers ignore it in a <meta>, and the
 * widget pages are meant to be framed by other sites anyway.
 */
export const contentSecurityPolicy: Csp = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-src 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: [sha256Source(ROOT_REDIRECT_SCRIPT)],
  },
};
