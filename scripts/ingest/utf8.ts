/**
 * For each lead byte, how long its sequence is and the range its second byte must fall in: the
 * ranges rule out overlong forms, surrogates and code points past U+10FFFF (Unicode, Table 3-7).
 */
function leadOf(byte: number): { length: number; low: number; high: number } | undefined {
  if (byte >= 0xc2 && byte <= 0xdf) return { length: 2, low: 0x80, high: 0xbf };
  if (byte === 0xe0) return { length: 3, low: 0xa0, high: 0xbf };
  if (byte === 0xed) return { length: 3, low: 0x80, high: 0x9f };
  if (byte >= 0xe1 && byte <= 0xef) return { length: 3, low: 0x80, high: 0xbf };
  if (byte === 0xf0) return { length: 4, low: 0x90, high: 0xbf };
  if (byte >= 0xf1 && byte <= 0xf3) return { length: 4, low: 0x80, high: 0xbf };
  if (byte === 0xf4) return { length: 4, low: 0x80, high: 0x8f };
  return undefined;
}

/**
 * The byte offset where the first ill-formed UTF-8 sequence starts, or -1 when there is none. A
 * decoder's error says only that there is one; a cut-off character is found at its lead byte, not
 * at the byte that failed to continue it.
 */
export function firstIllFormed(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    const lead = leadOf(byte);
    if (!lead || i + lead.length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < lead.low || second > lead.high) return i;
    for (let k = 2; k < lead.length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += lead.length;
  }
  return -1;
}
