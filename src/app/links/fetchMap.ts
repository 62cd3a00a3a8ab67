import type { CareerGraph } from "../../domain/careerGraph.ts";
import { LIMITS } from "../../domain/format/limits.ts";
import { readCareerMapBytes } from "../../domain/format/readCareerMapFile.ts";
import type { ValidationResult } from "../../domain/format/validationError.ts";

const WHOLE = "(the whole file)";
export const MAP_LINK_TIMEOUT_MS = 15_000;

export type MapLinkTarget =
  | { readonly ok: true; readonly url: URL; readonly sameOrigin: boolean }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a `?map=` value with the URL parser (docs/reliability.md R5): https anywhere, or this app's own
 * origin; never http elsewhere, data:, javascript:, file: or a relative trick such as `//host`.
 */
export function mapLinkTarget(value: string, origin: string): MapLinkTarget {
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return { ok: false, message: "The map link is not a web address." };
  }
  if (url.origin === origin) return { ok: true, url, sameOrigin: true };
  if (url.protocol !== "https:") {
    return {
      ok: false,
      message: `Only https:// map links can be opened, not ${url.protocol.replace(":", "")}: ones.`,
    };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, message: "Map links with a user name or password in them are not opened." };
  }
  return { ok: true, url, sameOrigin: false };
}

const fail = (message: string): ValidationResult<CareerGraph> => ({
  ok: false,
  errors: [{ path: WHOLE, message }],
});

/** Reads a response body, stopping as soon as it passes the limit: a body that never ends costs nothing. */
async function readLimited(
  response: Response,
  limit: number,
  controller: AbortController,
): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      controller.abort();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches a career map from a link and checks it exactly like a file. Never throws: network and CORS
 * failures, error statuses, a body over the size limit (counted while it downloads) and a server slower
 * than the timeout each get their own message; the map shown before is the caller's to keep.
 */
export async function fetchCareerMap(
  url: URL,
  { timeoutMs = MAP_LINK_TIMEOUT_MS, fetcher = fetch }: { timeoutMs?: number; fetcher?: typeof fetch } = {},
): Promise<ValidationResult<CareerGraph>> {
  const host = url.host;
  const fileName = decodeURIComponent(url.pathname.split("/").at(-1) || host).slice(0, 80);
  const megabytes = LIMITS.fileBytes / 1024 / 1024;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetcher(url.href, {
      signal: controller.signal,
      credentials: "omit",
      mode: "cors",
    });
    if (!response.ok) {
      return fail(
        `${host} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""} instead of the map. Check the link.`,
      );
    }
    const declared = Number(response.headers.get("content-length"));
    if (declared > LIMITS.fileBytes)
      return fail(`The map at ${host} is larger than ${megabytes} MB, the most this app reads.`);
    const bytes = await readLimited(response, LIMITS.fileBytes, controller);
    if (bytes === null)
      return fail(`The map at ${host} is larger than ${megabytes} MB, the most this app reads.`);
    return readCareerMapBytes(bytes, fileName);
  } catch {
    if (timedOut)
      return fail(
        `${host} took longer than ${Math.round(timeoutMs / 1000)} s to send the map. Try again later.`,
      );
    return fail(
      `The map at ${host} couldn’t be fetched: the server can’t be reached, or it doesn’t let other sites read the file (CORS). Ask its owner to allow it, or download the file and use Open map….`,
    );
  } finally {
    clearTimeout(timer);
  }
}
