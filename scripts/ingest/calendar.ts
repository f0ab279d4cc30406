import { ZONE_NAMES } from '../../src/lib/time-zones.ts';

/** Month names and abbreviations Indonesian and English publishers use, lowercased → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, pebruari: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agst: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

/** Day names and abbreviations, lowercased → day of week as Date#getUTCDay counts (0 = Sunday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, sunday: 0, min: 0, sun: 0,
  senin: 1, monday: 1, sen: 1, mon: 1,
  selasa: 2, tuesday: 2, sel: 2, tue: 2, tues: 2,
  rabu: 3, wednesday: 3, rab: 3, wed: 3,
  kamis: 4, thursday: 4, kam: 4, thu: 4, thurs: 4,
  jumat: 5, "jum'at": 5, 'jum’at': 5, friday: 5, jum: 5, fri: 5,
  sabtu: 6, saturday: 6, sab: 6, sat: 6,
};

/** Indonesian time zones (and UTC), lowercased, as ISO 8601 offsets: the zones the site names, and GMT, which it calls UTC. */
export const ZONES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(ZONE_NAMES).map(([offset, name]) => [name.toLowerCase(), offset])),
  gmt: '+00:00',
};

/** Byline labels → the role they introduce. */
export const BYLINE_LABELS: Readonly<Record<string, 'reporter' | 'editor'>> = {
  reporter: 'reporter',
  penulis: 'reporter',
  pewarta: 'reporter',
  oleh: 'reporter',
  by: 'reporter',
  writer: 'reporter',
  author: 'reporter',
  editor: 'editor',
  redaktur: 'editor',
  penyunting: 'editor',
};
