/**
 * The region chooser of the comparison in real Chromium: with JavaScript, two selects and a
 * button go to the pair's shareable URL (and refuse the same region twice, saying so); without
 * JavaScript the form stays hidden and the pair links do the job.
 */
import { expect, inject, it } from "vitest";
import { siteDist } from "../helpers/site.ts";
import { describeBrowser, newContext, servedSite, watch } from "../helpers/browser.ts";
import { regions } from "./_data.ts";

const dist = siteDist(inject("siteDist"));
const [first, second, third] = regions;

describeBrowser("compare chooser", () => {
  const site = servedSite(dist);

  it("with JavaScript: the selects and the button go to /bandingkan/<a>/<b>/", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(site.server.at("bandingkan/"));
    const form = page.locator("form.compare-chooser");
    await expect.poll(() => form.isVisible()).toBe(true);
    await page.getByLabel("Wilayah pertama", { exact: true }).selectOption(third!.code);
    await page.getByLabel("Wilayah kedua", { exact: true }).selectOption(first!.code);
    await page.getByRole("button", { name: "Bandingkan" }).click();
    await page.waitForURL(`**/bandingkan/${third!.code}/${first!.code}/`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`${third!.name} dan ${first!.name}`);
    // On the pair page the form starts on the pair; the same region twice is refused in words.
    expect(await page.getByLabel("Wilayah pertama", { exact: true }).inputValue()).toBe(third!.code);
    await page.getByLabel("Wilayah kedua", { exact: true }).selectOption(third!.code);
    await page.getByRole("button", { name: "Bandingkan" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toBe("Pilih dua wilayah yang berbeda.");
    expect(new URL(page.url()).pathname).toBe(`/bandingkan/${third!.code}/${first!.code}/`);
    expect([...problems.consoleErrors, ...problems.pageErrors]).toEqual([]);
    await context.close();
  });

  it("in English, the same", async () => {
    const context = await newContext(site.browser, site.server.origin);
    const page = await context.newPage();
    await page.goto(site.server.at("en/compare/"));
    await page.getByLabel("First region", { exact: true }).selectOption(second!.code);
    await page.getByLabel("Second region", { exact: true }).selectOption(third!.code);
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(`**/en/compare/${second!.code}/${third!.code}/`);
    await context.close();
  });

  it("without JavaScript: no form, and a pair link leads to the pair's page", async () => {
    const context = await newContext(site.browser, site.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.at("bandingkan/"));
    expect(await page.locator("form.compare-chooser").isVisible()).toBe(false);
    await page.locator(`a[href="/bandingkan/${first!.code}/${second!.code}/"]`).first().click();
    await page.waitForURL(`**/bandingkan/${first!.code}/${second!.code}/`);
    expect(await page.locator("table.compare-table").isVisible()).toBe(true);
    await context.close();
  });
});
