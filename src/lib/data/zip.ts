/**
 * ZIP archives for the open-data files (the indicator's package ZIP and the XLSX workbook): the
 * part of the format (PKWARE APPNOTE) that every reader takes, with the compression done by Node's
 * own zlib. fflate, used before, deflates in JavaScript: at a thousand indicators its level 9 was
 * 4 s of the build's worker thread; zlib's native deflate gives files of about the same size in
 * far less time.
 *
 * Each entry: a local header, the deflated bytes (stored when deflating would not shrink them),
 * names in UTF-8 (flag bit 11), the file time in MS-DOS form (local time, two-second steps, as
 * other writers do), CRC-32 from zlib. Then the central directory and its end record. No ZIP64:
 * the files here are a few hundred kilobytes; anything past the format's 4 GiB / 65,535-entry
 * limits is refused.
 */
import { crc32, deflateRawSync } from "node:zlib";

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  readonly mtime: Date;
}

const LIMIT = 0xffffffff;

/** MS-DOS time and date of `d` (local time; years 1980–2107). */
function dosTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive of `entries`, in their order, deflated at `level` (0–9). */
export function zipFiles(entries: readonly ZipEntry[], level = 6): Uint8Array {
  if (entries.length > 0xffff) throw new Error(`A ZIP of ${entries.length} files needs ZIP64, which this writer does not do.`);
  const locals: Uint8Array[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const name = Buffer.from(e.name, "utf8");
    const deflated = level > 0 ? deflateRawSync(data, { level }) : null;
    const stored = !deflated || deflated.length >= data.length;
    const body = stored ? data : deflated;
    if (data.length > LIMIT || offset > LIMIT) throw new Error(`${e.name}: a ZIP over 4 GiB needs ZIP64, which this writer does not do.`);
    const { time, date } = dosTime(e.mtime);
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    head.writeUInt16LE(0x0800, 6); // names in UTF-8
    head.writeUInt16LE(stored ? 0 : 8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    head.copy(central, 6, 4, 30); // version needed … name length, as in the local header
    // extra and comment lengths, disk, internal and external attributes: 0
    central.writeUInt32LE(offset, 42);
    locals.push(head, name, body);
    centrals.push(central, name);
    offset += head.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
