import type { APIRoute } from 'astro';
import { palette } from '../lib/palette.ts';
import { pngResponse } from '../lib/png-response.ts';

/**
 * public/favicon.svg's mark for phones' home screens, which want a square PNG without transparency
 * (they round the corners themselves), 180 px as iOS asks.
 */
const SIZE = 180;
const MARK = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 32 32"><rect width="32" height="32" fill="${palette.accent.light}"/><path d="M16 7 25 16 16 25 7 16Z" fill="${palette.bg.light}"/></svg>`;

export const GET: APIRoute = () => pngResponse(MARK);
