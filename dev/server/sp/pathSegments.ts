/** Parsing of a REST path after `_api/`: segments like `getByTitle('Work%20Types')` and their arguments. */
import * as E from '../errors';

/** One path segment: its decoded name, lower-cased name, and the raw text between its parentheses. */
export interface ISeg {
  name: string;
  lname: string;
  args?: string;
}
interface IArg {
  name?: string;
  value: string;
}

/** Splits `a/b('x/y')/c(1)` into segments, respecting quotes and parentheses. */
export function splitPath(path: string): ISeg[] {
  const segs: ISeg[] = [];
  let cur = '';
  let depth = 0;
  let quote = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === "'") {
      quote = !quote;
    }
    if (!quote) {
      if (c === '(') {
        depth++;
      }
      if (c === ')') {
        depth--;
      }
      if (c === '/' && depth === 0) {
        if (cur) {
          segs.push(toSeg(cur));
        }
        cur = '';
        continue;
      }
    }
    cur += c;
  }
  if (cur) {
    segs.push(toSeg(cur));
  }
  return segs;
}

function toSeg(raw: string): ISeg {
  const m = /^([^(]*)(?:\((.*)\))?$/s.exec(raw);
  const name = safeDecode(m ? m[1] : raw);
  return { name, lname: name.toLowerCase(), args: m && m[2] !== undefined ? m[2] : undefined };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses `'x'`, `5`, `guid'..'`, `@v`, `principalid=5, roledefid=7` into arguments (aliases resolved from the query). */
export function parseArgs(args: string | undefined, query: URLSearchParams): IArg[] {
  if (args === undefined || args.trim() === '') {
    return [];
  }
  args = safeDecode(args);
  const parts: string[] = [];
  let cur = '';
  let quote = false;
  for (const c of args) {
    if (c === "'") {
      quote = !quote;
    }
    if (c === ',' && !quote) {
      parts.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  parts.push(cur);
  return parts.map((p) => {
    let name: string | undefined;
    let v = p.trim();
    const eq = /^([A-Za-z_]\w*)\s*=\s*(.*)$/s.exec(v);
    if (eq && !v.startsWith("'")) {
      name = eq[1].toLowerCase();
      v = eq[2].trim();
    }
    if (v.startsWith('@')) {
      v = query.get(v) ?? '';
    }
    const q = /^(?:guid)?'(.*)'$/s.exec(v);
    if (q) {
      v = q[1].replace(/''/g, "'");
    }
    return { name, value: v };
  });
}

/** The first argument of a segment, e.g. the title of `getByTitle('Enquiries')`. */
export function arg0(seg: ISeg, query: URLSearchParams): string {
  const a = parseArgs(seg.args, query);
  if (a.length < 1) {
    throw E.missingArgument(seg.name);
  }
  return a[0].value;
}
