/**
 * The checks on a policy document's recommendations and consultation responses that the schema
 * cannot make alone: indicators that exist, ids used once, a status history oldest first that
 * stops at selesai or dibatalkan, responses to a version the document has, and English text where
 * the document has an English translation. Every problem names the file,
 * the line and the field (`at`), in both languages (the error catalogue).
 */
import type { Problem } from "./errors.ts";
import { nearest } from "./errors.ts";
import type { PolicyFrontmatter } from "./schema/policy.ts";

type At = (...path: PropertyKey[]) => { file: string; line?: number; field: string };

export function checkRecommendations(fm: PolicyFrontmatter, at: At, knownIds: ReadonlySet<string>): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const english = fm.bahasa === "id" && fm.terjemahan !== undefined;
  fm.rekomendasi.forEach((r, i) => {
    if (seen.has(r.id)) out.push({ code: "policy.rec_duplicate", ...at("rekomendasi", i, "id"), params: { value: r.id } });
    seen.add(r.id);
    r.indikator.forEach((id, j) => {
      if (!knownIds.has(id)) out.push({ code: "policy.rec_unknown_indicator", ...at("rekomendasi", i, "indikator", j), params: { rec: r.id, value: id, suggestion: nearest(id, knownIds) } });
    });
    r.status.forEach((s, j) => {
      const prev = r.status[j - 1];
      if (prev && prev.tanggal > s.tanggal)
        out.push({ code: "policy.rec_order", ...at("rekomendasi", i, "status", j, "tanggal"), params: { rec: r.id, reason_id: `${s.tanggal} sesudah ${prev.tanggal}`, reason_en: `${s.tanggal} after ${prev.tanggal}` } });
      else if (prev && (prev.status === "selesai" || prev.status === "dibatalkan"))
        out.push({ code: "policy.rec_order", ...at("rekomendasi", i, "status", j, "status"), params: { rec: r.id, reason_id: `ada langkah sesudah ${prev.status}`, reason_en: `a step follows ${prev.status}` } });
      if (english && !s.catatan_en) out.push({ code: "policy.rec_missing_en", ...at("rekomendasi", i, "status", j), params: { rec: r.id, field: "catatan_en" } });
    });
    if (english && !r.teks_en) out.push({ code: "policy.rec_missing_en", ...at("rekomendasi", i), params: { rec: r.id, field: "teks_en" } });
  });
  // Consultation responses: for a version of the document, in English too where it is translated.
  const versions = fm.riwayat.map((h) => h.versi);
  fm.tanggapan.forEach((r, i) => {
    if (!versions.includes(r.versi)) out.push({ code: "policy.response_version", ...at("tanggapan", i, "versi"), params: { value: r.versi, known: versions.join(", ") } });
    if (!english) return;
    for (const field of ["dari", "isi", "jawaban", "perubahan"] as const)
      if (r[field] !== undefined && r[`${field}_en`] === undefined) out.push({ code: "policy.response_missing_en", ...at("tanggapan", i), params: { n: i + 1, field: `${field}_en` } });
  });
  return out;
}
