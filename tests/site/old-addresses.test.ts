/**
 * Addresses the site no longer writes and where the 404 page sends them (src/scripts/old-compare.ts),
 * including under a base path.
 */
import { describe, it, expect } from "vitest";
import { oldCompareTarget, oldEmbedTarget } from "../../src/scripts/old-compare.ts";

describe("old addresses", () => {
  it("an old per-chart embed page maps to the chart's fragment on the indicator's embed page", () => {
    expect(oldEmbedTarget("/sematkan/ikm/perbandingan/")).toBe("/sematkan/ikm/#perbandingan");
    expect(oldEmbedTarget("/en/embed/jam-pelatihan/comparison")).toBe("/en/embed/jam-pelatihan/#comparison");
    expect(oldEmbedTarget("/transparansi/sematkan/ikm/perbandingan/")).toBe("/transparansi/sematkan/ikm/#perbandingan");
    // The trend's embed page still exists; other paths are not old embeds.
    expect(oldEmbedTarget("/sematkan/ikm/")).toBeNull();
    expect(oldEmbedTarget("/sematkan/ikm/tren/")).toBeNull();
    expect(oldEmbedTarget("/indikator/ikm/perbandingan/")).toBeNull();
  });

  it("an old pair comparison maps to the two regions", () => {
    expect(oldCompareTarget("/bandingkan/1373/1372/")).toEqual({ lang: "id", a: "1373", b: "1372" });
    expect(oldCompareTarget("/en/compare/13/1372")).toEqual({ lang: "en", a: "13", b: "1372" });
    expect(oldCompareTarget("/bandingkan/1373/")).toBeNull();
  });
});
