/**
 * The ZIP writer of the open-data files (src/lib/data/zip.ts), read back by an independent reader
 * (fflate's unzip): names in UTF-8, empty and incompressible files, the method chosen per file,
 * the file time in MS-DOS form.
 */
import { describe, it, expect } from "vitest";
import { randomBytes } from "node:crypto";
import { unzipSync, strFromU8 } from "fflate";
import { zipFiles } from "../../src/lib/data/zip.ts";

/** The local headers of an archive: name, method, MS-DOS time and date. */
function headers(zip: Uint8Array) {
  const b = Buffer.from(zip);
  const out: { name: string; method: number; time: number; date: number }[] = [];
  for (let at = 0; b.readUInt32LE(at) === 0x04034b50; ) {
    const size = b.readUInt32LE(at + 18);
    const nameLength = b.readUInt16LE(at + 26);
    out.push({ name: b.toString("utf8", at + 30, at + 30 + nameLength), method: b.readUInt16LE(at + 8), time: b.readUInt16LE(at + 10), date: b.readUInt16LE(at + 12) });
    at += 30 + nameLength + b.readUInt16LE(at + 28) + size;
  }
  return out;
}

describe("zipFiles", () => {
  const noise = randomBytes(4096);
  const csv = "periode,kode_wilayah,nilai\n" + "2024,1300,88.5\n".repeat(500);
  const mtime = new Date(2026, 10, 23, 14, 35, 41); // local time, as the format keeps it
  const zip = zipFiles(
    [
      { name: "ikm.csv", data: csv, mtime },
      { name: "catatan-wilayah-Ñusa·Tenggara.md", data: "Catatan: “kutipan”, é ü 字\n", mtime },
      { name: "kosong.txt", data: "", mtime },
      { name: "acak.bin", data: noise, mtime },
    ],
    9,
  );

  it("is read back whole by another reader, names and bytes as given", () => {
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["ikm.csv", "catatan-wilayah-Ñusa·Tenggara.md", "kosong.txt", "acak.bin"]);
    expect(strFromU8(files["ikm.csv"]!)).toBe(csv);
    expect(strFromU8(files["catatan-wilayah-Ñusa·Tenggara.md"]!)).toBe("Catatan: “kutipan”, é ü 字\n");
    expect(files["kosong.txt"]!.length).toBe(0);
    expect(Buffer.from(files["acak.bin"]!).equals(noise)).toBe(true);
  });

  it("deflates text, stores what deflating would not shrink, and keeps the file time to two seconds", () => {
    const h = headers(zip);
    expect(h.map((e) => [e.name, e.method])).toEqual([
      ["ikm.csv", 8],
      ["catatan-wilayah-Ñusa·Tenggara.md", 0],
      ["kosong.txt", 0],
      ["acak.bin", 0],
    ]);
    expect(zip.length).toBeLessThan(csv.length / 10 + noise.length + 1000);
    for (const e of h) {
      expect([e.time >> 11, (e.time >> 5) & 63, (e.time & 31) * 2]).toEqual([14, 35, 40]);
      expect([(e.date >> 9) + 1980, (e.date >> 5) & 15, e.date & 31]).toEqual([2026, 11, 23]);
    }
  });

  it("gives the same bytes for the same files (no time of writing inside)", () => {
    const again = zipFiles([{ name: "ikm.csv", data: csv, mtime }], 9);
    expect(Buffer.from(again).equals(Buffer.from(zipFiles([{ name: "ikm.csv", data: csv, mtime }], 9)))).toBe(true);
  });
});
