import { z } from 'zod';

/** How the ingest spots likely entities that the gazetteer lacks. */
export const entityCandidatesSchema = z.strictObject({
  /** A run of capitalised words containing one of these is a candidate organisation name. */
  keywords: z.array(z.string().min(2)),
  /** Small words a name may hold between its capitalised ones ("Bank of …", "Badan … untuk …"), as written. */
  connectors: z.array(z.string().min(1)),
  /** Exact strings never reported: they look like entities but are not. */
  ignore: z.array(z.string().min(1)).default([]),
});

export type EntityCandidatesConfig = z.infer<typeof entityCandidatesSchema>;
