import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { writeCsv } from "../../src/lib/data/csv-write.ts";
import { rng } from "../../scripts/bench/prng.ts";

describe("writeCsv", () => {
  it("quotes what must be quoted and doubles quotes inside", () => {
    expect(writeCsv(["a", "b"], [["1,5", 'kata "asli"'], [" sisi", "baris\nbaru"], ["", "x "]], ",", "\n")).toBe(
      'a,b\n"1,5","kata ""asli"""\n" sisi","baris\nbaru"\n,"x "',
    );
    // With `;`, a comma is plain text and a semicolon is quoted; a byte order mark or a carriage return in a cell is quoted.
    expect(writeCsv(["a"], [["1,5"], ["1;5"], ["\ufeffx"], ["a\rb"]], ";", "\r\n")).toBe('a\r\n1,5\r\n"1;5"\r\n"\ufeffx"\r\n"a\rb"');
    // No rows: the header and one line break, as Papa Parse writes it.
    expect(writeCsv(["a", "b"], [], ",", "\n")).toBe("a,b\n");
  });

  it("writes what Papa Parse's unparse writes, for any text, with both delimiters", () => {
    const r = rng("csv-write");
    const pieces = ["a", "Z", " ", ",", ";", '"', "\n", "\r", "\ufeff", "é", "'", "=", "1", ".", "—", "\t"];
    const text = () => Array.from({ length: r.int(0, 6) }, () => r.pick(pieces)).join("");
    let tables = 0;
    for (let t = 0; t < 3000; t++) {
      const cols = r.int(1, 4);
      const header = Array.from({ length: cols }, text);
      const rows = Array.from({ length: r.int(0, 3) }, () => Array.from({ length: cols }, text));
      for (const [delimiter, newline] of [[",", "\n"], [";", "\r\n"]] as const) {
        expect(writeCsv(header, rows, delimiter, newline)).toBe(Papa.unparse({ fields: header, data: rows }, { delimiter, newline }));
        tables++;
      }
    }
    expect(tables).toBe(6000);
  });
});
