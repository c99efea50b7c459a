/**
 * A region's name in English, where English usage differs from the official Indonesian name:
 * "Kota Solok" → "Solok City", "Kabupaten Solok" → "Solok Regency", and the provinces with an
 * established English name ("Sumatera Barat" → "West Sumatra"). District (kecamatan) names and
 * every other name stay as they are. One implementation for every English output (the English
 * CSV download, and any English page that names a region).
 */
import type { Region } from "../data/model.ts";

/** Provinces whose English name differs from the Indonesian one (Kemendagri names). */
const PROVINCES_EN: Readonly<Record<string, string>> = {
  "Sumatera Utara": "North Sumatra",
  "Sumatera Barat": "West Sumatra",
  "Sumatera Selatan": "South Sumatra",
  "Kepulauan Bangka Belitung": "Bangka Belitung Islands",
  "Kepulauan Riau": "Riau Islands",
  "Daerah Khusus Ibukota Jakarta": "Jakarta",
  "DKI Jakarta": "Jakarta",
  "Jawa Barat": "West Java",
  "Jawa Tengah": "Central Java",
  "Daerah Istimewa Yogyakarta": "Special Region of Yogyakarta",
  "DI Yogyakarta": "Special Region of Yogyakarta",
  "Jawa Timur": "East Java",
  "Nusa Tenggara Barat": "West Nusa Tenggara",
  "Nusa Tenggara Timur": "East Nusa Tenggara",
  "Kalimantan Barat": "West Kalimantan",
  "Kalimantan Tengah": "Central Kalimantan",
  "Kalimantan Selatan": "South Kalimantan",
  "Kalimantan Timur": "East Kalimantan",
  "Kalimantan Utara": "North Kalimantan",
  "Sulawesi Utara": "North Sulawesi",
  "Sulawesi Tengah": "Central Sulawesi",
  "Sulawesi Selatan": "South Sulawesi",
  "Sulawesi Tenggara": "Southeast Sulawesi",
  "Sulawesi Barat": "West Sulawesi",
  "Maluku Utara": "North Maluku",
  "Papua Barat": "West Papua",
  "Papua Barat Daya": "Southwest Papua",
  "Papua Selatan": "South Papua",
  "Papua Tengah": "Central Papua",
  "Papua Pegunungan": "Highland Papua",
};

/** The English name of a region (its official name where English has no other). */
export function regionNameEn(region: Pick<Region, "name" | "kind">): string {
  const name = region.name;
  if (region.kind === "provinsi") return PROVINCES_EN[name] ?? name;
  const city = /^Kota\s+(.+)$/.exec(name);
  if (city) return `${city[1]} City`;
  const regency = /^Kabupaten\s+(.+)$/.exec(name);
  if (regency) return `${regency[1]} Regency`;
  return name;
}
