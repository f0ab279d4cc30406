/** Entity names and engagement ids the generated articles draw on (see vocabulary.ts). */
export interface Vocabulary {
  cities: readonly string[];
  organisations: readonly string[];
  engagements: readonly string[];
}

export interface SyntheticSource {
  file: string;
  text: string;
}

/** mulberry32: a small seeded PRNG, so the same N and seed always give the same corpus. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const PEOPLE = ['Mustaqim Amna', 'Toni Riyanto', 'Nurito', 'Rudi Hermawan', 'Dessy Suciati', 'Folmer', 'Budhi Firmansyah', 'Aldi Geri Lumban Tobing'];
const OFFICIALS = ['Gubernur DKI Jakarta', 'Wakil Gubernur DKI Jakarta', 'Kepala Biro Kerja Sama Daerah', 'Sekretaris Daerah DKI Jakarta', 'Pj. Gubernur DKI Jakarta'];
const TOPICS = [
  'pengendalian banjir', 'transportasi publik', 'ruang terbuka hijau', 'pengelolaan sampah', 'kualitas udara',
  'penataan kampung', 'ekonomi kreatif', 'pariwisata', 'kota cerdas', 'energi terbarukan', 'pertukaran budaya',
  'pendidikan vokasi', 'kesehatan masyarakat', 'penanggulangan bencana', 'air bersih',
];
const VERBS = ['membahas', 'menandatangani nota kesepahaman tentang', 'bertukar pikiran mengenai', 'memperkuat kerja sama di bidang', 'memaparkan program'];
const EVENTS = ['pertemuan bilateral', 'forum internasional', 'kunjungan kerja', 'konferensi tingkat tinggi', 'lokakarya'];
const FILLER = [
  'Pertemuan ini diharapkan menjadi langkah awal kolaborasi yang lebih erat di masa mendatang.',
  'Menurutnya, kota-kota di dunia menghadapi tantangan yang serupa sehingga perlu saling belajar.',
  'Ia menambahkan, pemerintah kota harus bergerak menjadi fasilitator dan kolaborator bagi warganya.',
  'Kegiatan tersebut juga dihadiri oleh perwakilan kedutaan besar dan sejumlah organisasi internasional.',
  'Hasil pertemuan akan ditindaklanjuti dengan penyusunan rencana aksi bersama dalam waktu dekat.',
  'Pembahasan dilakukan dengan suasana hangat yang diselingi dengan jamuan makan siang.',
];

/**
 * N raw articles in the two styles of content/sources/: Berita Jakarta (dateline with byline and
 * view counter, photo credit, "BERITA TERKAIT" and "BERITA POPULER" blocks, section links) and
 * SINDOnews (dateline with time, "Baca Juga", body scraped twice, editor initials, comment prompt).
 * About a third belong to a known engagement; one in thirty is a copy of an earlier one.
 */
export function syntheticCorpus(n: number, vocabulary: Vocabulary, seed = 7): SyntheticSource[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const sources: SyntheticSource[] = [];
  for (let i = 0; i < n; i++) {
    const earlier = sources[Math.floor(random() * sources.length)];
    if (earlier && random() < 1 / 30) {
      sources.push({ file: `${earlier.file.slice(0, -4)}-copy-${i}.txt`, text: earlier.text });
      continue;
    }
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 11 * 365) * 86_400_000);
    const city = pick(vocabulary.cities);
    const organisation = pick(vocabulary.organisations);
    const topic = pick(TOPICS);
    const title = `${pick(['Jakarta', 'Pemprov DKI', 'Gubernur'])} dan ${city} ${pick(VERBS)} ${topic} (${i + 1})`;
    const paragraphs = Array.from({ length: 6 + Math.floor(random() * 8) }, (_, p) => paragraph(p, { city, organisation, topic, pick, vocabulary }));
    const engagement = random() < 1 / 3 ? pick(vocabulary.engagements) : undefined;
    const [publisher, render] = random() < 0.5 ? (['beritajakarta', beritaJakarta] as const) : (['sindonews', sindonews] as const);
    const day = date.toISOString().slice(0, 10);
    sources.push({ file: `${day}-${publisher}-${String(i).padStart(6, '0')}.txt`, text: render({ title, date, paragraphs, engagement, pick, random }) });
  }
  return sources;
}

interface ParagraphParts {
  city: string;
  organisation: string;
  topic: string;
  pick: <T>(items: readonly T[]) => T;
  vocabulary: Vocabulary;
}

function paragraph(index: number, { city, organisation, topic, pick, vocabulary }: ParagraphParts): string {
  const official = pick(OFFICIALS);
  if (index === 0) return `${official} menghadiri ${pick(EVENTS)} bersama delegasi ${city} dan ${organisation} untuk membahas ${topic}. ${pick(FILLER)}`;
  if (index % 3 === 1) {
    return `"Kerja sama dengan ${organisation} bertujuan menemukan solusi atas tantangan ${topic} yang dihadapi Jakarta dan ${pick(vocabulary.cities)}," ujar ${official}, ${pick(['Senin', 'Rabu', 'Jumat'])} (${index + 10}/${index}).`;
  }
  return `${pick(FILLER)} Selain ${city}, hadir pula perwakilan ${pick(vocabulary.cities)}, ${pick(vocabulary.cities)} serta ${pick(vocabulary.organisations)}. ${pick(FILLER)}`;
}

interface Parts {
  title: string;
  date: Date;
  paragraphs: string[];
  engagement: string | undefined;
  pick: <T>(items: readonly T[]) => T;
  random: () => number;
}

const longDate = (d: Date): string => `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const daysBefore = (d: Date, days: number): Date => new Date(d.getTime() - days * 86_400_000);
const views = (random: () => number): number => 100 + Math.floor(random() * 5000);
const frontMatter = (fields: Record<string, string | undefined>): string =>
  `---\n${Object.entries(fields).flatMap(([k, v]) => (v ? [`${k}: ${v}`] : [])).join('\n')}\n---\n`;

function beritaJakarta({ title, date, paragraphs, engagement, pick, random }: Parts): string {
  const related = [1, 2, 3].flatMap((k) => {
    const headline = `${pick(['Anies', 'Heru', 'Pemprov DKI'])} Bahas ${pick(TOPICS)} Bersama Mitra Kota ${k}`;
    return [`${headline} di Balai Kota`, '', headline, '', `${longDate(daysBefore(date, k * 3))} ${views(random)}`, ''];
  });
  const [first, ...others] = paragraphs;
  return [
    frontMatter({ publisher: 'Berita Jakarta', engagement }),
    title, '',
    `${longDate(date)} Reporter: ${pick(PEOPLE)} Editor: ${pick(PEOPLE)} ${views(random)}`, '',
    ` ${title.split(' ').slice(0, 5).join(' ')} di Balai Kota`, '',
    `(Foto: ${pick(PEOPLE)})`, '',
    first, '',
    ...others.flatMap((p) => [p, '']),
    'BERITA TERKAIT', ...related,
    'BERITA POPULER', 'Pengunjung sedang melihat stan Dinas Parekraf DKI', '', 'Jakarta Perkuat Promosi Pariwisata', '', `${longDate(daysBefore(date, 1))} ${views(random)}`, '',
    'Bagikan ke :', 'BANG JAKI +indeks', 'POTRET JAKARTA +indeks', 'VIDEO +indeks',
  ].join('\n');
}

function sindonews({ title, date, paragraphs, engagement, random }: Parts): string {
  const time = `${String(7 + Math.floor(random() * 12)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')} WIB`;
  const body = [`JAKARTA - ${paragraphs[0]}`, ...paragraphs.slice(1)];
  const half = Math.ceil(body.length / 2);
  return [
    frontMatter({ publisher: 'SINDOnews', url: `https://metro.sindonews.com/read/${Math.floor(random() * 1e6)}/171/synthetic`, engagement }),
    title,
    `${longDate(date)} - ${time}`,
    ...body.slice(0, half),
    'Baca Juga',
    ...body.slice(half),
    ...(random() < 0.3 ? body : []),
    '(don)',
    'tulis komentar anda',
  ].join('\n');
}
