import { z } from 'zod';
import { languages } from '../i18n/languages.ts';

/**
 * One of the site's languages. Not in src/i18n/languages.ts: a bundler keeps a top-level call it
 * cannot prove pure, and this one would take all of zod (some 450 KB) into the embed loader.
 */
export const langSchema = z.enum(languages);
