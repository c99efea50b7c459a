/**
 * A synthetic project in the data contract (docs/DATA.md), at any number of indicators, for the
 * performance benchmark. Deterministic: every indicator and document draws from its own seeded
 * generator, so indicator 7 is the same file whatever the size, and two runs write the same bytes.
 *
 * Shape per size n and number of regions m (default 20):
 * - data/regions.csv: the province `13` and m − 1 regions below it: the 19 regencies/cities of
 *   West Sumatra, then, above 20, its districts (kecamatan, `13xxyy`, parent the regency or city)
 *   in code order, with their official names from the Ministry of Home Affairs' list
 *   (`idn-area-data`): every code is one the validator finds in that list. At most 100 regions.
 *   Below 20, the first m of the list;
 * - n indicators, yearly (`tahun`, 2011–2025) × m regions; every third one has a dimension
 *   column (three rows per year and region: the total and two values); about 2% empty `nilai`
 *   cells; notes with commas and quotes; every seventh file saved with `;` and decimal commas;
 *   full bilingual metadata, every other one with a target, every fourth with category bands;
 * - max(3, n/10) policy documents, every third one the English translation of the one before,
 *   each citing three or four indicators with `<Indicator id wilayah />` (and some `<Chart />`),
 *   with regions from the first 20 only, so the documents are the same bytes whatever m;
 * - data/situs.yml (3 headline indicators), data/tema.yml (5 themes, fewer below 5 indicators),
 *   data/glosarium.yml.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import Papa from "papaparse";
import { join } from "node:path";
import { rng } from "./prng.ts";

export const FIRST_YEAR = 2011;
export const LAST_YEAR = 2025;
const YEARS = LAST_YEAR - FIRST_YEAR + 1;

type Text = { id: string; en: string };

/** West Sumatra and its 19 regencies and cities, with the codes and names of the Ministry of Home Affairs (the figures are invented). */
export const REGIONS: readonly { code: string; name: string; kind: "provinsi" | "kabupaten" | "kota" | "kecamatan"; parent?: string }[] = [
  { code: "13", name: "Sumatera Barat", kind: "provinsi" },
  { code: "1301", name: "Kabupaten Pesisir Selatan", kind: "kabupaten" },
  { code: "1302", name: "Kabupaten Solok", kind: "kabupaten" },
  { code: "1303", name: "Kabupaten Sijunjung", kind: "kabupaten" },
  { code: "1304", name: "Kabupaten Tanah Datar", kind: "kabupaten" },
  { code: "1305", name: "Kabupaten Padang Pariaman", kind: "kabupaten" },
  { code: "1306", name: "Kabupaten Agam", kind: "kabupaten" },
  { code: "1307", name: "Kabupaten Lima Puluh Kota", kind: "kabupaten" },
  { code: "1308", name: "Kabupaten Pasaman", kind: "kabupaten" },
  { code: "1309", name: "Kabupaten Kepulauan Mentawai", kind: "kabupaten" },
  { code: "1310", name: "Kabupaten Dharmasraya", kind: "kabupaten" },
  { code: "1311", name: "Kabupaten Solok Selatan", kind: "kabupaten" },
  { code: "1312", name: "Kabupaten Pasaman Barat", kind: "kabupaten" },
  { code: "1371", name: "Kota Padang", kind: "kota" },
  { code: "1372", name: "Kota Solok", kind: "kota" },
  { code: "1373", name: "Kota Sawahlunto", kind: "kota" },
  { code: "1374", name: "Kota Padang Panjang", kind: "kota" },
  { code: "1375", name: "Kota Bukittinggi", kind: "kota" },
  { code: "1376", name: "Kota Payakumbuh", kind: "kota" },
  { code: "1377", name: "Kota Pariaman", kind: "kota" },
];

/** Most regions a generated project has: the province, its 19 regencies/cities and 80 districts. */
export const MAX_REGIONS = 100;

export type GeneratedRegion = (typeof REGIONS)[number];

/**
 * The province and `count − 1` regions below it: West Sumatra's regencies and cities, then its
 * districts (kecamatan) in code order, as the official list names them.
 */
export function regionList(count: number = REGIONS.length): GeneratedRegion[] {
  if (!Number.isInteger(count) || count < 2 || count > MAX_REGIONS)
    throw new Error(`regions must be an integer from 2 to ${MAX_REGIONS} (the province, its regencies/cities and districts), got ${count}`);
  if (count <= REGIONS.length) return REGIONS.slice(0, count);
  const districts = Papa.parse<string[]>(readFileSync(createRequire(import.meta.url).resolve("idn-area-data/data/districts.csv"), "utf8"), { skipEmptyLines: true })
    .data.filter((r) => r[1]!.startsWith("13."))
    .map((r) => ({ code: r[0]!.replace(/\./g, ""), name: r[2]!, kind: "kecamatan" as const, parent: r[1]!.replace(/\./g, "") }));
  return [...REGIONS, ...districts.slice(0, count - REGIONS.length)];
}

interface Topic {
  readonly stem: string;
  readonly judul: Text;
  readonly satuan: "persen" | "skor" | "jam" | "orang" | "rasio";
  readonly rentang: readonly [number, number];
  readonly arah: "naik" | "turun";
  /** Range of the first year's value, and of the yearly change (signed by `arah`). */
  readonly start: readonly [number, number];
  readonly step: readonly [number, number];
  readonly decimals: number;
}

const TOPICS: readonly Topic[] = [
  { stem: "partisipasi-pelatihan", judul: { id: "Partisipasi ASN dalam pelatihan", en: "Civil servants taking part in training" }, satuan: "persen", rentang: [0, 100], arah: "naik", start: [35, 60], step: [0.4, 2.2], decimals: 1 },
  { stem: "jam-pelatihan", judul: { id: "Rata-rata jam pelajaran pelatihan per ASN", en: "Average training hours per civil servant" }, satuan: "jam", rentang: [0, 200], arah: "naik", start: [6, 18], step: [0.3, 1.4], decimals: 1 },
  { stem: "ikm-layanan", judul: { id: "Indeks Kepuasan Masyarakat atas layanan", en: "Public satisfaction index of services" }, satuan: "skor", rentang: [25, 100], arah: "naik", start: [68, 80], step: [0.1, 0.9], decimals: 2 },
  { stem: "waktu-tunggu", judul: { id: "Rata-rata waktu tunggu layanan", en: "Average waiting time for a service" }, satuan: "jam", rentang: [0, 72], arah: "turun", start: [20, 40], step: [0.3, 1.8], decimals: 1 },
  { stem: "asn-bersertifikat", judul: { id: "ASN bersertifikat kompetensi", en: "Civil servants with a competence certificate" }, satuan: "orang", rentang: [0, 50000], arah: "naik", start: [150, 2500], step: [10, 120], decimals: 0 },
  { stem: "rasio-widyaiswara", judul: { id: "Rasio widyaiswara terhadap peserta pelatihan", en: "Trainers per training participant" }, satuan: "rasio", rentang: [0, 1], arah: "naik", start: [0.02, 0.08], step: [0.001, 0.004], decimals: 3 },
  { stem: "pengaduan-selesai", judul: { id: "Pengaduan layanan yang selesai tepat waktu", en: "Service complaints resolved on time" }, satuan: "persen", rentang: [0, 100], arah: "naik", start: [45, 70], step: [0.5, 2], decimals: 1 },
  { stem: "profesionalitas-asn", judul: { id: "Indeks Profesionalitas ASN", en: "Civil Service Professionalism Index" }, satuan: "skor", rentang: [0, 100], arah: "naik", start: [50, 65], step: [0.4, 1.6], decimals: 2 },
  { stem: "layanan-daring", judul: { id: "Layanan publik yang tersedia daring", en: "Public services available online" }, satuan: "persen", rentang: [0, 100], arah: "naik", start: [10, 30], step: [1, 4], decimals: 1 },
  { stem: "mutasi-tanpa-pelatihan", judul: { id: "ASN yang pindah jabatan tanpa pelatihan", en: "Civil servants moved to a new post without training" }, satuan: "persen", rentang: [0, 100], arah: "turun", start: [25, 45], step: [0.5, 2], decimals: 1 },
];

const DIMENSIONS = [
  { kolom: "modalitas", label: { id: "Modalitas", en: "Mode" }, nilai: { daring: { id: "Daring", en: "Online" }, tatap_muka: { id: "Tatap muka", en: "In person" } } },
  { kolom: "jenis_kelamin", label: { id: "Jenis kelamin", en: "Sex" }, nilai: { laki_laki: { id: "Laki-laki", en: "Male" }, perempuan: { id: "Perempuan", en: "Female" } } },
  { kolom: "status_pegawai", label: { id: "Status pegawai", en: "Employment status" }, nilai: { pns: { id: "PNS", en: "Permanent (PNS)" }, pppk: { id: "PPPK", en: "Contract (PPPK)" } } },
] as const;

const NOTES: readonly string[] = [
  "Data tidak dilaporkan ke BKD Provinsi, rekap OPD belum lengkap",
  "Angka sementara",
  "Termasuk pelatihan \"Latsar\", angkatan II dan III",
  "Survei dilakukan daring karena pembatasan sosial",
  "Revisi: rekap semester kedua, setelah verifikasi OPD",
  "Sebagian unit layanan belum disurvei; angka dapat berubah",
  "Perubahan metode penghitungan mulai tahun ini",
];

const pad = (i: number) => String(i).padStart(4, "0");
const y = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar
const text = (t: Text) => `{ id: ${y(t.id)}, en: ${y(t.en)} }`;

/** One CSV cell, quoted when it holds the delimiter, a quote or a line break. */
function cell(v: string, delim: string): string {
  return v.includes(delim) || v.includes('"') || /[\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export interface GeneratedIndicator {
  readonly id: string;
  readonly dimension: string | null;
  readonly delimiter: "," | ";";
  readonly rows: number;
}

export interface GeneratedDataset {
  readonly indicators: readonly GeneratedIndicator[];
  /** Regions in data/regions.csv, the province first; every indicator has rows for each. */
  readonly regions: readonly GeneratedRegion[];
  readonly documents: number;
  readonly observations: number;
  /** The indicator whose page the benchmark weighs (has a dimension, a target and notes). */
  readonly sampleIndicator: string;
}

export function indicatorId(i: number): string {
  return `${TOPICS[i % TOPICS.length]!.stem}-${pad(i + 1)}`;
}

function writeIndicator(dir: string, i: number, regions: readonly GeneratedRegion[]): GeneratedIndicator {
  const r = rng(`indicator:${i}`);
  const topic = TOPICS[i % TOPICS.length]!;
  const id = indicatorId(i);
  const series = Math.floor(i / TOPICS.length) + 1;
  const dim = i % 3 === 0 ? DIMENSIONS[Math.floor(i / 3) % DIMENSIONS.length]! : null;
  const delim: "," | ";" = i % 7 === 3 ? ";" : ",";
  const [min, max] = topic.rentang;
  const sign = topic.arah === "naik" ? 1 : -1;
  const fmt = (v: number) => {
    const s = String(Number(Math.min(max, Math.max(min, v)).toFixed(topic.decimals)));
    return delim === ";" ? s.replace(".", ",") : s;
  };

  const header = ["tahun", "kode_wilayah", ...(dim ? [dim.kolom] : []), "nilai", "catatan"];
  const lines = [header.join(delim)];
  const dimValues: (string | null)[] = dim ? [null, ...Object.keys(dim.nilai)] : [null];
  // Region by region from one generator: the first 20 regions' rows are the same at any m.
  for (const region of regions) {
    let level = r.between(topic.start[0], topic.start[1]);
    const offsets = dimValues.map(() => r.between(-0.12, 0.12));
    for (let k = 0; k < YEARS; k++) {
      const year = FIRST_YEAR + k;
      level += sign * r.between(topic.step[0], topic.step[1]) + r.between(-0.4, 0.3) * topic.step[1];
      dimValues.forEach((dv, d) => {
        const missing = r.chance(0.02);
        let note = "";
        if (missing) note = r.chance(0.5) ? NOTES[0]! : "";
        else if (r.chance(0.04)) note = r.pick(NOTES);
        const value = missing ? "" : fmt(level * (1 + offsets[d]!));
        const cells = [String(year), region.code, ...(dim ? [dv ?? ""] : []), value, note];
        lines.push(cells.map((c) => cell(c, delim)).join(delim));
      });
    }
  }
  // Staff files end with or without a final line break; alternate.
  writeFileSync(join(dir, `${id}.csv`), lines.join("\n") + (i % 2 === 0 ? "\n" : ""));

  const judul = { id: `${topic.judul.id} (seri ${series})`, en: `${topic.judul.en} (series ${series})` };
  const yml: string[] = [
    `id: ${id}`,
    `judul: ${text(judul)}`,
    "deskripsi:",
    `  id: ${y(`${topic.judul.id} di setiap kabupaten dan kota di Sumatera Barat, dihitung setiap tahun dari rekap perangkat daerah. ${topic.arah === "naik" ? "Angka yang lebih tinggi lebih baik." : "Angka yang lebih rendah lebih baik."}`)}`,
    `  en: ${y(`${topic.judul.en} in every regency and city of West Sumatra, computed each year from the records of local government offices. ${topic.arah === "naik" ? "Higher is better." : "Lower is better."}`)}`,
    `satuan: ${topic.satuan}`,
    `rentang: [${min}, ${max}]`,
    `arah: ${topic.arah}`,
  ];
  if (i % 2 === 0) {
    const target = Number((topic.arah === "naik" ? min + (max - min) * 0.8 : min + (max - min) * 0.2).toFixed(2));
    yml.push(`target: { nilai: ${target}, tahun: 2026 }`);
  }
  if (i % 4 === 1) {
    // Four bands over the range, two decimals, each including its lower limit.
    const cut = (k: number) => Number((min + ((max - min) * k) / 4).toFixed(2));
    const codes = ["D", "C", "B", "A"];
    const labels: Text[] = [
      { id: "Tidak baik", en: "Poor" },
      { id: "Kurang baik", en: "Fair" },
      { id: "Baik", en: "Good" },
      { id: "Sangat baik", en: "Very good" },
    ];
    yml.push("kategori:");
    for (let k = 0; k < 4; k++) {
      const sampai = k === 3 ? max : Number((cut(k + 1) - 0.01).toFixed(2));
      yml.push(`  - { dari: ${cut(k)}, sampai: ${sampai}, kode: ${codes[k]}, label: ${text(labels[k]!)} }`);
    }
  }
  if (dim) {
    yml.push("dimensi:", `  - kolom: ${dim.kolom}`, `    label: ${text(dim.label)}`, "    nilai:");
    for (const [k, v] of Object.entries(dim.nilai)) yml.push(`      ${k}: ${text(v)}`);
  }
  yml.push(
    "frekuensi: tahunan",
    "metode:",
    `  id: ${y(`Jumlah kejadian yang tercatat dalam sistem informasi kepegawaian dan rekap layanan setiap perangkat daerah selama tahun berjalan, diolah menurut pedoman BKN dan PermenPANRB yang berlaku. ${dim ? "Baris tanpa nilai dimensi adalah total; pegawai yang tercatat pada lebih dari satu kelompok dihitung sekali, sehingga total tidak sama dengan jumlah kelompok." : "Angka provinsi adalah rata-rata tertimbang angka kabupaten dan kota."} Nilai kosong berarti data tidak dilaporkan.`)}`,
    `  en: ${y(`Events recorded in the civil-service information system and the service records of each local government office during the year, processed under the applicable BKN and PermenPANRB guidelines. ${dim ? "Rows without a dimension value are the total; a person recorded in more than one group is counted once, so the total is not the sum of the groups." : "The province figure is the weighted average of the regency and city figures."} An empty value means the data were not reported.`)}`,
    "sumber:",
    `  id: ${y("BKPSDM kabupaten dan kota serta BKD Provinsi Sumatera Barat, dari rekap tahunan. Angka di sini adalah data sintetis untuk uji kinerja, bukan statistik resmi.")}`,
    `  en: ${y("The BKPSDM of each regency and city and the BKD of West Sumatra Province, from their yearly records. These are synthetic figures for a performance test, not official statistics.")}`,
    `diperbarui: 2026-0${1 + (i % 9)}-${String(10 + (i % 18)).padStart(2, "0")}`,
  );
  writeFileSync(join(dir, `${id}.yml`), yml.join("\n") + "\n");
  return { id, dimension: dim?.kolom ?? null, delimiter: delim, rows: lines.length - 1 };
}

const KINDS = ["evaluasi", "kebijakan", "strategi", "program"] as const;
const KIND_EN: Record<(typeof KINDS)[number], string> = { evaluasi: "evaluation", kebijakan: "policy", strategi: "strategy", program: "programme" };
const KIND_TITLE: Record<(typeof KINDS)[number], Text> = {
  evaluasi: { id: "Evaluasi", en: "Evaluation of" },
  kebijakan: { id: "Kebijakan", en: "Policy on" },
  strategi: { id: "Strategi", en: "Strategy for" },
  program: { id: "Program", en: "Programme for" },
};
const STATUSES = ["ditetapkan", "ditetapkan", "draf", "konsultasi", "dicabut"] as const;

interface DocPlan {
  readonly slug: string;
  readonly lang: "id" | "en";
  readonly translation: string | null;
  readonly base: number;
}

function docPlans(count: number): DocPlan[] {
  const plans: DocPlan[] = [];
  const slugOf = (k: number, lang: "id" | "en") => {
    const kind = KINDS[k % KINDS.length]!;
    return lang === "id" ? `${kind}-pengembangan-asn-${pad(k + 1)}` : `${KIND_EN[kind]}-asn-development-${pad(k + 1)}`;
  };
  for (let k = 0; k < count; k++) {
    // Document k is the English translation of document k-1 when k % 3 === 2.
    if (k % 3 === 2) plans.push({ slug: slugOf(k - 1, "en"), lang: "en", translation: slugOf(k - 1, "id"), base: k - 1 });
    else plans.push({ slug: slugOf(k, "id"), lang: "id", translation: k % 3 === 1 && k + 1 < count ? slugOf(k, "en") : null, base: k });
  }
  return plans;
}

/** `regions`: those a document may name (the first 20 at most, so documents do not vary with m). */
function writeDocument(dir: string, plan: DocPlan, n: number, regions: readonly GeneratedRegion[]): void {
  const r = rng(`document:${plan.base}`);
  const kind = KINDS[plan.base % KINDS.length]!;
  const status = STATUSES[plan.base % STATUSES.length]!;
  const region = regions[1 + (plan.base % (regions.length - 1))]!;
  // Three or four indicators from this document's neighbourhood of ten.
  const cited = new Set<string>();
  const want = r.int(3, 4);
  const from = (plan.base * 10) % n;
  while (cited.size < Math.min(want, n)) cited.add(indicatorId((from + r.int(0, Math.min(9, n - 1))) % n));
  const ids = [...cited];
  const month = 1 + (plan.base % 10);
  const tanggal = `2026-${String(month).padStart(2, "0")}-15`;
  const en = plan.lang === "en";
  const judul = en
    ? `${KIND_TITLE[kind].en} civil-servant development in ${region.name} (${plan.base + 1})`
    : `${KIND_TITLE[kind].id} pengembangan ASN ${region.name} (${plan.base + 1})`;
  const fm = [
    "---",
    `judul: ${y(judul)}`,
    `ringkasan: ${y(en ? "How civil servants are trained and mentored, what went well, what did not, and what changes next year. The figures are synthetic." : "Bagaimana ASN dilatih dan dibimbing, apa yang berhasil, apa yang belum, dan perubahan untuk tahun depan. Angkanya sintetis.")}`,
    `wilayah: "${region.code}"`,
    `jenis: ${kind}`,
    `status: ${status}`,
    `tanggal: ${tanggal}`,
    `versi: "2.0"`,
    "riwayat:",
    `  - { versi: "1.0", tanggal: 2025-0${month > 9 ? 9 : month}-01, catatan: ${y(en ? "First version." : "Versi pertama.")} }`,
    `  - { versi: "2.0", tanggal: ${tanggal}, catatan: ${y(en ? "Yearly update with the 2025 data." : "Pembaruan tahunan dengan data 2025.")} }`,
    "indikator:",
    ...ids.map((id) => `  - ${id}`),
    `bahasa: ${plan.lang}`,
  ];
  if (plan.translation) fm.push(`terjemahan: ${plan.translation}`);
  if (status === "konsultasi") fm.push(`konsultasi: { batas: 2026-12-31, kontak: "mailto:konsultasi@terang.example.go.id" }`);
  fm.push("---", "");

  const embed = (id: string) => `<Indicator id="${id}" wilayah="${r.pick(regions).code}" />`;
  const P = en ? PARAGRAPHS_EN : PARAGRAPHS_ID;
  const H = en ? HEADINGS_EN : HEADINGS_ID;
  const body: string[] = [];
  H.forEach((h, s) => {
    body.push(`## ${h}`, "", P[(s * 2 + plan.base) % P.length]!, "", P[(s * 2 + 1 + plan.base) % P.length]!, "");
    const id = ids[s];
    if (id) body.push(embed(id), "");
    if (s === 1 && plan.base % 2 === 0) body.push(`<Chart id="${ids[0]}" jenis="tren" wilayah="${region.code}" />`, "");
  });
  body.push(
    en ? "| Aspect | Source | Frequency |" : "| Aspek | Sumber data | Frekuensi |",
    "| --- | --- | --- |",
    en ? "| Participation | attendance and HR system | each half-year |" : "| Keikutsertaan | presensi dan sistem kepegawaian | setiap semester |",
    en ? "| 20 JP entitlement | training hours per employee | yearly |" : "| Pemenuhan 20 JP | rekap jam pelajaran per pegawai | tahunan |",
    "",
    en
      ? "1. **Schedule training with unit heads.** Courses need a stand-in at the service desk.\n2. **Link training to careers.** Completed hours should count in performance reviews.\n3. **Publish the evaluation every year.** The indicators on this site stay open[^1]."
      : "1. **Susun jadwal bersama pimpinan unit.** Diklat perlu pengganti di meja layanan.\n2. **Kaitkan pengembangan dengan karier.** Jam pelajaran tercatat dalam penilaian kinerja.\n3. **Terbitkan evaluasi setiap tahun.** Data indikator di situs ini tetap terbuka[^1].",
    "",
    `[^1]: ${en ? "Government Regulation No. 11 of 2017 on Civil Servant Management, Article 203." : "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS, Pasal 203."}`,
    "",
  );
  writeFileSync(join(dir, `${plan.slug}.mdx`), fm.join("\n") + body.join("\n"));
}

const HEADINGS_ID = ["Latar belakang", "Temuan", "Tantangan", "Rekomendasi"];
const HEADINGS_EN = ["Background", "Findings", "Challenges", "Recommendations"];
const PARAGRAPHS_ID = [
  "Pemerintah daerah menjalankan program pengembangan ASN sebagai bagian dari reformasi birokrasi. Gagasannya sederhana: pelayanan publik hanya membaik bila pegawai terus memperbarui pengetahuan dan keterampilannya. Program dikelola BKPSDM bersama perangkat daerah.",
  "Setiap PNS berhak atas pengembangan kompetensi paling sedikit 20 JP dalam setahun, sehingga evaluasi ini juga menilai sejauh mana hak itu terpenuhi bagi PNS maupun PPPK di setiap OPD.",
  "Masalah utama adalah rendahnya keikutsertaan. Dalam wawancara, dua penyebab paling sering disebut: beban kerja harian yang tidak dapat ditinggalkan, dan motivasi yang lemah karena diklat belum terkait dengan penilaian kinerja maupun jenjang karier.",
  "Pembelajaran daring terbuka lebar, tetapi banyak kursus e-learning berhenti di tengah jalan. Pegawai menyebut materi yang terlalu umum dan ketiadaan teman diskusi sebagai alasan utama.",
  "Survei kepuasan peserta dilakukan sesudah setiap kegiatan. Kepuasan yang tinggi belum tentu berarti pelatihan berdampak pada layanan, tetapi kepuasan yang rendah hampir selalu menandakan materi yang perlu diubah.",
  "Indeks Kepuasan Masyarakat (IKM) dari SKM dipakai sebagai ukuran dampak di hilir: bila pegawai lebih terampil, warga semestinya merasakan layanan yang lebih cepat dan lebih jelas.",
  "Mentoring oleh ASN senior murah dan dekat dengan kebutuhan unit kerja, tetapi mutunya bergantung pada kesediaan dan waktu para pembimbing. Tugas itu perlu dihitung sebagai beban kerja.",
  "Data di dokumen ini diperbarui setiap kali angka baru diterbitkan, sehingga warga, DPRD dan pegawai dapat memeriksa kemajuan secara mandiri tanpa menunggu laporan tahunan.",
];
const PARAGRAPHS_EN = [
  "The local government runs a civil-servant (ASN) development programme as part of bureaucratic reform. The idea is simple: public services only improve when staff keep their knowledge and skills up to date. The BKPSDM manages the programme with the local government offices.",
  "Every PNS is entitled to at least 20 JP of competence development a year, so this evaluation also measures how far that entitlement is met for PNS and PPPK staff in every office (OPD).",
  "The main problem is low participation. In interviews two causes came up most often: daily work that cannot be left, and weak motivation because training is not yet linked to performance reviews or careers.",
  "Online learning is widely available, but many e-learning courses are abandoned halfway. Staff name material that is too general and the lack of anyone to discuss it with as the main reasons.",
  "A participant satisfaction survey follows every course. High satisfaction does not mean the training changed the service, but low satisfaction almost always means the material must change.",
  "The Public Satisfaction Index (IKM) from the SKM survey serves as the downstream measure: when staff are more skilled, residents should notice faster and clearer services.",
  "Mentoring by senior civil servants is cheap and close to the needs of each unit, but its quality depends on the mentors' willingness and time. The task should count as part of their workload.",
  "The figures in this document are refreshed whenever new data are published, so residents, the council and staff can check progress themselves without waiting for the annual report.",
];

const GLOSSARY: readonly { istilah: string; nama?: Text; definisi: Text }[] = [
  { istilah: "ASN", nama: { id: "Aparatur Sipil Negara", en: "State Civil Apparatus (civil servants)" }, definisi: { id: "Sebutan untuk semua pegawai pemerintah yang bukan TNI atau Polri, yaitu PNS dan PPPK.", en: "All government employees outside the armed forces and police: both PNS and PPPK." } },
  { istilah: "PNS", nama: { id: "Pegawai Negeri Sipil", en: "Permanent civil servant" }, definisi: { id: "ASN yang diangkat sebagai pegawai tetap.", en: "A civil servant appointed on a permanent basis." } },
  { istilah: "PPPK", nama: { id: "Pegawai Pemerintah dengan Perjanjian Kerja", en: "Government employee under a work contract" }, definisi: { id: "ASN yang bekerja berdasarkan perjanjian kerja untuk jangka waktu tertentu.", en: "A civil servant employed under a fixed-term contract." } },
  { istilah: "JP", nama: { id: "Jam pelajaran", en: "Lesson hour" }, definisi: { id: "Satuan lama pelatihan; satu JP sama dengan 45 menit.", en: "The unit of training time; one JP is 45 minutes." } },
  { istilah: "IKM", nama: { id: "Indeks Kepuasan Masyarakat", en: "Public Satisfaction Index" }, definisi: { id: "Angka 25 sampai 100 yang merangkum hasil survei kepuasan masyarakat atas suatu layanan.", en: "A figure from 25 to 100 summarising the public satisfaction survey of a service." } },
  { istilah: "SKM", nama: { id: "Survei Kepuasan Masyarakat", en: "Public Satisfaction Survey" }, definisi: { id: "Survei kepada pengguna layanan yang menghasilkan IKM.", en: "The survey of service users from which the IKM is computed." } },
  { istilah: "BKPSDM", nama: { id: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", en: "Civil Service and Human Resources Development Agency" }, definisi: { id: "Perangkat daerah kota atau kabupaten yang mengurus kepegawaian ASN.", en: "The city or regency office that manages civil servants." } },
  { istilah: "BKD", nama: { id: "Badan Kepegawaian Daerah", en: "Regional Civil Service Agency" }, definisi: { id: "Badan yang mengurus kepegawaian ASN di pemerintah provinsi.", en: "The agency that manages civil servants in a provincial government." } },
  { istilah: "OPD", nama: { id: "Organisasi Perangkat Daerah", en: "Local government office" }, definisi: { id: "Dinas, badan atau kantor dalam pemerintah daerah.", en: "A department, agency or office of a local government." } },
  { istilah: "diklat", nama: { id: "Pendidikan dan pelatihan", en: "Education and training" }, definisi: { id: "Kegiatan belajar terstruktur bagi ASN.", en: "Structured learning for civil servants." } },
  { istilah: "e-learning", definisi: { id: "Kursus yang diikuti secara daring, kapan saja.", en: "A course taken online, at any time." } },
];

export interface DatasetOptions {
  /** Regions, the province included: 2–100, default 20 (West Sumatra's province and 19). */
  readonly regions?: number;
}

/** Writes the whole project under `root` (which must be empty or absent). */
export function generateDataset(root: string, n: number, options: DatasetOptions = {}): GeneratedDataset {
  if (!Number.isInteger(n) || n < 3) throw new Error(`size must be an integer ≥ 3, got ${n}`);
  const regions = regionList(options.regions ?? REGIONS.length);
  const dataDir = join(root, "data");
  const indDir = join(dataDir, "indicators");
  const polDir = join(root, "content", "policies");
  mkdirSync(indDir, { recursive: true });
  mkdirSync(polDir, { recursive: true });

  writeFileSync(
    join(dataDir, "regions.csv"),
    ["kode_wilayah,nama_wilayah,jenis,induk", ...regions.map((r) => `${r.code},${r.name},${r.kind},${r.kind === "provinsi" ? "" : r.parent ?? "13"}`)].join("\n") + "\n",
  );

  const indicators: GeneratedIndicator[] = [];
  for (let i = 0; i < n; i++) indicators.push(writeIndicator(indDir, i, regions));

  const plans = docPlans(Math.max(3, Math.floor(n / 10)));
  const docRegions = regions.slice(0, REGIONS.length);
  for (const plan of plans) writeDocument(polDir, plan, n, docRegions);

  writeFileSync(
    join(dataDir, "situs.yml"),
    [
      `nama: { id: "Terang", en: "Terang" }`,
      `tagline: { id: "Data sintetis untuk uji kinerja", en: "Synthetic data for a performance test" }`,
      `penerbit: { id: "Uji kinerja Terang", en: "Terang performance test" }`,
      `kontak: "data@terang.example.go.id"`,
      `lisensi: { nama: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" }`,
      "data_contoh: true",
      "utama:",
      ...[0, 1, 2].map((i) => `  - ${indicatorId(i)}`),
    ].join("\n") + "\n",
  );

  const themeTitles: Text[] = [
    { id: "Pengembangan kompetensi ASN", en: "Civil-servant development" },
    { id: "Kualitas layanan publik", en: "Quality of public services" },
    { id: "Layanan digital", en: "Digital services" },
    { id: "Profesionalitas", en: "Professionalism" },
    { id: "Penempatan pegawai", en: "Staff placement" },
  ];
  // A theme needs at least one indicator: below five indicators there are fewer themes.
  const themes = themeTitles.slice(0, Math.min(themeTitles.length, n));
  const tema: string[] = [];
  themes.forEach((t, k) => {
    tema.push(
      `- id: tema-${k + 1}`,
      `  judul: ${text(t)}`,
      `  deskripsi: ${text({ id: `Indikator tentang ${t.id.toLowerCase()}.`, en: `Indicators on ${t.en.toLowerCase()}.` })}`,
      "  indikator:",
      ...indicators.filter((_, i) => i % themes.length === k).map((ind) => `    - ${ind.id}`),
    );
  });
  writeFileSync(join(dataDir, "tema.yml"), tema.join("\n") + "\n");

  const glos: string[] = [];
  for (const g of GLOSSARY) {
    glos.push(`- istilah: ${y(g.istilah)}`);
    if (g.nama) glos.push(`  nama_lengkap: ${text(g.nama)}`);
    glos.push(`  definisi: ${text(g.definisi)}`);
  }
  writeFileSync(join(dataDir, "glosarium.yml"), glos.join("\n") + "\n");

  return {
    indicators,
    regions,
    documents: plans.length,
    observations: indicators.reduce((s, i) => s + i.rows, 0),
    sampleIndicator: indicatorId(0),
  };
}

