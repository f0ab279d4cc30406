import { z } from 'zod';

/** Text the project writes itself, in each of the site's languages: neither may be left empty. */
export const bilingual = z.strictObject({
  /** Indonesian. */
  id: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});
