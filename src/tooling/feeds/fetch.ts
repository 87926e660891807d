// Fetching one feed file from a provider's server with Node's own fetch (undici), defensively:
// providers are third parties, so every request has a deadline, a byte limit that is checked while
// the body streams in (after gzip is unpacked, so a small "gzip bomb" cannot fill the memory), a
// few redirects that never change scheme, and retries with backoff only where a retry can help
// (timeouts and 5xx). Conditional requests (ETag / Last-Modified) make an unchanged file a 304.
import type { ProblemKind } from '../../lib/opleidingen/harvest-state';

export interface FetchLimits {
  /** Deadline for one request, body included (a slow drip is cut off too). */
  requestTimeoutMs: number;
  maxRedirects: number;
  /** Extra attempts after a timeout or a 5xx answer. */
  retries: number;
  /** First wait before a retry; doubled each time. */
  backoffMs: number;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'full'; status: number; url: string; body: Buffer; etag?: string; lastModified?: string; contentType?: string }
  | { kind: 'not-modified'; status: 304; url: string };

/** A request that did not give a usable file; kind and status feed the message to the provider. */
export class FetchProblem extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly problem: string,
    readonly status?: number,
  ) {
    super(problem);
    this.name = 'FetchProblem';
  }
}

const USER_AGENT = 'LeerwerkloketFeedHarvester/1.0 (+https://leerwerkloket.nl/; EDU-DEX)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const bytes = (n: number) => `${n.toLocaleString('en')} bytes`;

/**
 * One file, following at most maxRedirects redirects within the same scheme. `provider` is the
 * provider-wide deadline: when it fires the problem is 'provider-timeout' and nothing is retried.
 */
export async function fetchOnce(
  url: string,
  maxBytes: number,
  limits: FetchLimits,
  provider: AbortSignal,
  validators?: Validators,
): Promise<FetchResult> {
  const scheme = new URL(url).protocol;
  let current = url;
  for (let hop = 0; ; hop++) {
    const deadline = AbortSignal.timeout(limits.requestTimeoutMs);
    const signal = AbortSignal.any([provider, deadline]);
    const aborted = (error: unknown): FetchProblem => {
      if (provider.aborted) return new FetchProblem('provider-timeout', 'the harvest of this provider ran out of time');
      if (deadline.aborted) return new FetchProblem('timeout', `gave no complete answer within ${limits.requestTimeoutMs / 1000} s`);
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return new FetchProblem('network', `could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
    };
    const headers: Record<string, string> = {
      accept: 'application/xml, text/xml;q=0.9, */*;q=0.1',
      'accept-encoding': 'gzip',
      'user-agent': USER_AGENT,
    };
    // Validators belong to the address they were given for, not to a redirect target.
    if (validators?.etag && hop === 0) headers['if-none-match'] = validators.etag;
    if (validators?.lastModified && hop === 0) headers['if-modified-since'] = validators.lastModified;
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal, headers });
    } catch (error) {
      throw aborted(error);
    }
    if (REDIRECTS.has(response.status)) {
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (!location) throw new FetchProblem('redirect', `answered ${response.status} (redirect) without saying where to`, response.status);
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new FetchProblem('redirect', `redirects to "${location}", which is not an address`, response.status);
      }
      // Never to another scheme: no file:, data: or ftp:, and no silent https → http downgrade.
      if (next.protocol !== scheme)
        throw new FetchProblem(
          'redirect',
          `redirects to ${next.href}; only ${scheme.replace(':', '')} addresses are followed`,
          response.status,
        );
      if (hop >= limits.maxRedirects)
        throw new FetchProblem('redirect', `redirects more than ${limits.maxRedirects} times (last to ${next.href})`, response.status);
      current = next.href;
      continue;
    }
    if (response.status === 304 && validators && hop === 0) {
      await response.body?.cancel().catch(() => {});
      return { kind: 'not-modified', status: 304, url: current };
    }
    if (response.status !== 200) {
      await response.body?.cancel().catch(() => {});
      throw new FetchProblem('http', `answered HTTP ${response.status} ${response.statusText}`.trim(), response.status);
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const encoded = (response.headers.get('content-encoding') ?? '').trim() !== '';
    if (!encoded && declared > maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new FetchProblem('too-large', `is ${bytes(declared)}; at most ${bytes(maxBytes)} are accepted`, 200);
    }
    // fetch has already unpacked gzip here, so the count is of the real (unpacked) bytes.
    const chunks: Buffer[] = [];
    let total = 0;
    try {
      for await (const chunk of response.body ?? []) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          await response.body?.cancel().catch(() => {});
          throw new FetchProblem(
            'too-large',
            `is more than ${bytes(maxBytes)}${encoded ? ' once unpacked' : ''}; at most ${bytes(maxBytes)} are accepted`,
            200,
          );
        }
        chunks.push(Buffer.from(chunk));
      }
    } catch (error) {
      if (error instanceof FetchProblem) throw error;
      throw aborted(error);
    }
    return {
      kind: 'full',
      status: 200,
      url: current,
      body: Buffer.concat(chunks, total),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      contentType: response.headers.get('content-type') ?? undefined,
    };
  }
}

const retryable = (problem: FetchProblem) => problem.kind === 'timeout' || (problem.kind === 'http' && (problem.status ?? 0) >= 500);

/** fetchOnce with retries after timeouts and 5xx answers only; a 404 or a bad body will not improve. */
export async function fetchWithRetry(
  url: string,
  maxBytes: number,
  limits: FetchLimits,
  provider: AbortSignal,
  validators?: Validators,
): Promise<FetchResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetchOnce(url, maxBytes, limits, provider, validators);
    } catch (error) {
      if (!(error instanceof FetchProblem) || !retryable(error) || attempt >= limits.retries) throw error;
      const wait = limits.backoffMs * 2 ** attempt;
      const more = await sleep(wait, provider);
      if (!more) throw new FetchProblem('provider-timeout', 'the harvest of this provider ran out of time');
    }
  }
}

/** Waits, or returns false early when the signal aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** At most `limit` requests at a time per host, so many providers on one platform are not hammered. */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly peaks = new Map<string, number>();
  constructor(private readonly limit: number) {}

  async run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    if ((this.active.get(host) ?? 0) >= this.limit) {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(host) ?? [];
        queue.push(resolve);
        this.waiting.set(host, queue);
      });
    } else this.active.set(host, (this.active.get(host) ?? 0) + 1);
    this.peaks.set(host, Math.max(this.peaks.get(host) ?? 0, this.active.get(host) ?? 0));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next waiter, or free it.
      const next = this.waiting.get(host)?.shift();
      if (next) next();
      else this.active.set(host, (this.active.get(host) ?? 1) - 1);
    }
  }

  /** Most requests that were in flight at once for a host (host as in URL.host). */
  peak(host: string): number {
    return this.peaks.get(host) ?? 0;
  }
}
