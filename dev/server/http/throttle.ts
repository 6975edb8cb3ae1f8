/**
 * Injectable throttling (POST /_local/throttle or the throttle() hook): the next `count` matching requests get 429 or
 * 503 with Retry-After, as SharePoint Online throttles; or 504 after the request has run, as a gateway timing out
 * after a committed write.
 */
import { errorBody, requestThrottled } from '../errors';
import type { ISpResponse } from '../sp';

export interface IThrottleRule {
  status: 429 | 503 | 504;
  count: number;
  retryAfter?: number;
  methods?: string[];
  pathContains?: string;
}

export class Throttle {
  private rule: IThrottleRule | null = null;

  /** Arms a rule (the caller's object: its count goes down as requests match), or clears it with null. */
  public arm(rule: IThrottleRule | null): void {
    this.rule = rule;
  }

  /** The armed rule if this request matches it (using up one of its count), else undefined. */
  public take(method: string, url: string): IThrottleRule | undefined {
    const rule = this.rule;
    if (!rule || rule.count <= 0) {
      return undefined;
    }
    if (rule.methods && !rule.methods.map((m) => m.toUpperCase()).includes(method.toUpperCase())) {
      return undefined;
    }
    if (rule.pathContains && !decodeURIComponent(url).toLowerCase().includes(rule.pathContains.toLowerCase())) {
      return undefined;
    }
    rule.count--;
    if (rule.count <= 0) {
      this.rule = null;
    }
    return rule;
  }
}

/** The SharePoint-shaped answer of a throttled request. */
export function throttledResponse(r: IThrottleRule): ISpResponse {
  const headers: Record<string, string> = { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' };
  if (r.status !== 504) {
    headers['Retry-After'] = String(r.retryAfter ?? 1);
  }
  return { status: r.status, headers, body: errorBody(requestThrottled(r.status), false) };
}
