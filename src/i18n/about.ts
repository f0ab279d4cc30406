import type { Lang } from './index.ts';

/** The about page's prose, per language. */
export const aboutText: Record<Lang, { intro: string[]; how: string[] }> = {
  id: {
    intro: [
      'Situs ini mencatat kegiatan internasional Pemerintah Provinsi DKI Jakarta — pidato di forum kota dunia, pertukaran budaya dengan kota kembar, KTT para wali kota, dan pertemuan dengan mitra organisasi internasional — dalam bahasa Indonesia dan bahasa Inggris.',
      'Mitra sebuah kegiatan adalah kota dan organisasi yang menurut sumbernya ikut serta di dalamnya: tuan rumah, penyelenggara, sesama peserta. Mitra belum tentu terikat perjanjian resmi dengan Jakarta.',
      'Setiap kegiatan disertai sumbernya. Ringkasan dan terjemahan bahasa Inggris ditulis oleh proyek ini berdasarkan fakta dalam sumber-sumber tersebut; artikel asli berbahasa Indonesia memuat kutipan pejabat persis seperti yang dicetak penerbitnya, sedangkan terjemahan bahasa Inggris menerjemahkannya.',
    ],
    how: [
      'Artikel berita dikumpulkan apa adanya, lalu sebuah program membersihkannya dari unsur halaman (tautan “Baca Juga”, kredit foto, penghitung kunjungan, daftar berita populer), membaca tanggal terbit dan penulisnya, serta mengenali kota dan organisasi yang disebut. Setiap baris yang dibuang dicatat beserta aturan yang membuangnya.',
      'Peta dunia digambar dari data batas negara Natural Earth, yang berstatus domain publik (melalui paket world-atlas); letak kota diambil dari daftar kota proyek ini.',
      'Situs dibangun sebagai halaman statis dan dapat dibaca tanpa JavaScript.',
    ],
  },
  en: {
    intro: [
      'This site records the international engagements of Jakarta’s provincial government — keynotes at world city forums, cultural exchanges with sister cities, mayors’ summits and meetings with international partner organisations — in Indonesian and English.',
      'An engagement’s partners are the cities and organisations its sources name as taking part in it: hosts, organisers, fellow participants. A partner is not necessarily bound to Jakarta by a formal agreement.',
      'Every engagement comes with its sources. Summaries and English translations are written by this project from the facts those sources give; the Indonesian originals keep officials’ quotes exactly as their publishers printed them, and the English translations translate them.',
    ],
    how: [
      'News articles are collected as published; a program then removes page furniture (“Baca Juga” links, photo credits, view counters, popular-story lists), reads each article’s date and byline, and recognises the cities and organisations it names. Every line it removes is recorded with the rule that removed it.',
      'The world map is drawn from Natural Earth’s public-domain country shapes (through the world-atlas package); the cities’ positions come from this project’s own gazetteer.',
      'The site is built as static pages and can be read without JavaScript.',
    ],
  },
};
