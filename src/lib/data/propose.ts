/**
 * "Propose this change" from the browser checker: a staff member with nothing installed checks a
 * CSV, downloads it in the contract's normal form, and uploads it on the repository host's web
 * page, which opens a pull request. Pure (runs in the browser too): the host's upload address for
 * a file, and the normal form of a checked indicator CSV.
 *
 * The pages (each takes the downloaded file in place of the one at that path, then offers a new
 * branch and a pull/merge request; a staff member without write access is offered a fork):
 * - GitHub: the folder's upload page, `<repo>/upload/<branch>/<folder>`;
 * - GitLab: the file's page, `<repo>/-/blob/<branch>/<path>`, whose "Replace" button uploads;
 * - Gitea (and Forgejo): the folder's upload page, `<repo>/_upload/<branch>/<folder>`.
 */
import type { Observation } from "./model.ts";

export type RepositoryHost = "github" | "gitlab" | "gitea";
export interface Repository { readonly host: RepositoryHost; readonly url: string; readonly branch: string }

export const HOST_NAMES: Record<RepositoryHost, string> = { github: "GitHub", gitlab: "GitLab", gitea: "Gitea" };

const enc = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** The page where the file at `path` (relative to the repository root) is uploaded or replaced. */
export function proposeUrl(repo: Repository, path: string): string {
  const base = repo.url.replace(/\/+$/, "");
  const branch = enc(repo.branch);
  const folder = enc(path.split("/").slice(0, -1).join("/"));
  switch (repo.host) {
    case "github":
      return `${base}/upload/${branch}/${folder}`;
    case "gitlab":
      return `${base}/-/blob/${branch}/${enc(path)}`;
    case "gitea":
      return `${base}/_upload/${branch}/${folder}`;
  }
}

const cell = (v: string) => (/[",\r\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * A checked indicator CSV in the contract's normal form: UTF-8 without BOM, `,`, `.` decimals, LF,
 * columns `tahun|periode, kode_wilayah, <dimensions in the YAML's order>, nilai, catatan` (and
 * `catatan_en` when some row has an English note), one row
 * per observation in the checker's order. What `npm run validate` accepts, and reads back as the
 * same observations.
 */
export function normalCsv(periodColumn: "tahun" | "periode", dims: readonly string[], observations: readonly Pick<Observation, "period" | "region" | "dims" | "value" | "note" | "noteEn">[]): string {
  const english = observations.some((o) => !!o.noteEn);
  const header = [periodColumn, "kode_wilayah", ...dims, "nilai", "catatan", ...(english ? ["catatan_en"] : [])];
  const rows = observations.map((o) => [o.period.code, o.region, ...dims.map((d) => o.dims[d] ?? ""), o.value === null ? "" : String(o.value), o.note ?? "", ...(english ? [o.noteEn ?? ""] : [])].map(cell).join(","));
  return `${[header.join(","), ...rows].join("\n")}\n`;
}
