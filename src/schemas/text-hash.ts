import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Hex digits kept of the SHA-256: 64 bits, which no two texts share by chance, short enough for a translator to copy. */
const DIGITS = 16;

/** A text's fingerprint: an article's `hash`, which its translations record as `sourceHash` to tell when it changes. */
export const hashText = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, DIGITS);

/** A fingerprint as hashText() writes it. */
export const textHash = z.string().regex(new RegExp(`^[0-9a-f]{${DIGITS}}$`), `use the ${DIGITS} lowercase hex digits \`npm run i18n:status\` lists`);
