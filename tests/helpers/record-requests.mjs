/**
 * Preloaded into a build by tests (NODE_OPTIONS="--import …"): writes the address of every request
 * the process makes through fetch() or node:http(s) to the file named by TERANG_TEST_REQUESTS, one
 * per line, then lets the request go ahead. A test reads the file to see which hosts a build asked.
 */
import { appendFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";

const file = process.env.TERANG_TEST_REQUESTS;
const note = (what) => {
  if (file) appendFileSync(file, `${what}\n`);
};
const fetchBefore = globalThis.fetch;
globalThis.fetch = (input, init) => {
  note(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
  return fetchBefore(input, init);
};
for (const [mod, scheme] of [[http, "http:"], [https, "https:"]]) {
  for (const name of ["request", "get"]) {
    const before = mod[name];
    mod[name] = function (...args) {
      const a = args[0];
      note(typeof a === "string" ? a : a instanceof URL ? a.href : `${a?.protocol ?? scheme}//${a?.hostname ?? a?.host ?? "localhost"}${a?.path ?? "/"}`);
      return before.apply(this, args);
    };
  }
}
