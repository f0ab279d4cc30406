import { z } from 'zod';

/** An address a reader can follow: http or https only, so no `javascript:` or `data:` link reaches a page or a PDF. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'use a web address that starts with https:// (or http://)' });
