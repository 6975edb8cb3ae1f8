/**
 * The OData subset SharePoint list REST accepts in $filter: eq ne gt ge lt le, and or not, parentheses,
 * substringof('v', F), startswith(F, 'v'), literals ('text', numbers, true/false, null, datetime'...', guid'...').
 */

export type Literal = string | number | boolean | null;
export type FilterNode =
  | { k: 'and' | 'or'; a: FilterNode; b: FilterNode }
  | { k: 'not'; a: FilterNode }
  | { k: 'cmp'; op: 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le'; field: string; value: Literal; dateLiteral?: boolean }
  | { k: 'fn'; fn: 'substringof' | 'startswith'; field: string; value: string; negate?: boolean };

type Tok = { t: 'str' | 'num' | 'id' | 'lp' | 'rp' | 'comma' | 'dt'; v: string };

export class ODataSyntaxError extends Error {}

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '(') {
      out.push({ t: 'lp', v: c });
      i++;
      continue;
    }
    if (c === ')') {
      out.push({ t: 'rp', v: c });
      i++;
      continue;
    }
    if (c === ',') {
      out.push({ t: 'comma', v: c });
      i++;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= s.length) {
          throw new ODataSyntaxError('Unterminated string literal in $filter');
        }
        if (s[j] === "'") {
          if (s[j + 1] === "'") {
            v += "'";
            j += 2;
            continue;
          }
          break;
        }
        v += s[j++];
      }
      out.push({ t: 'str', v });
      i = j + 1;
      continue;
    }
    const num = /^-?\d+(\.\d+)?([eE][+-]?\d+)?[LlMmDdFf]?/.exec(s.slice(i));
    if (num && (c === '-' || /\d/.test(c))) {
      out.push({ t: 'num', v: num[0].replace(/[LlMmDdFf]$/, '') });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(s.slice(i));
    if (id) {
      const word = id[0];
      i += word.length;
      if ((word === 'datetime' || word === 'guid' || word === 'datetimeoffset') && s[i] === "'") {
        const end = s.indexOf("'", i + 1);
        if (end < 0) {
          throw new ODataSyntaxError('Unterminated literal in $filter');
        }
        out.push({ t: word === 'guid' ? 'str' : 'dt', v: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
      out.push({ t: 'id', v: word });
      continue;
    }
    throw new ODataSyntaxError(`Syntax error at position ${i} in '${s}'.`);
  }
  return out;
}

const OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

/** Parses a $filter expression. */
export function parseFilter(src: string): FilterNode {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isWord = (w: string): boolean => {
    const t = peek();
    return !!t && t.t === 'id' && t.v.toLowerCase() === w;
  };
  const expect = (t: Tok['t']): Tok => {
    const tok = toks[p];
    if (!tok || tok.t !== t) {
      throw new ODataSyntaxError(`Syntax error in $filter '${src}'.`);
    }
    p++;
    return tok;
  };
  const literal = (): { value: Literal; date: boolean } => {
    const t = toks[p++];
    if (!t) {
      throw new ODataSyntaxError(`Syntax error in $filter '${src}'.`);
    }
    if (t.t === 'str') {
      return { value: t.v, date: false };
    }
    if (t.t === 'dt') {
      return { value: t.v, date: true };
    }
    if (t.t === 'num') {
      return { value: Number(t.v), date: false };
    }
    if (t.t === 'id') {
      const w = t.v.toLowerCase();
      if (w === 'true') {
        return { value: true, date: false };
      }
      if (w === 'false') {
        return { value: false, date: false };
      }
      if (w === 'null') {
        return { value: null, date: false };
      }
    }
    throw new ODataSyntaxError(`Syntax error in $filter '${src}': expected a literal.`);
  };
  function orExpr(): FilterNode {
    let a = andExpr();
    while (isWord('or')) {
      p++;
      a = { k: 'or', a, b: andExpr() };
    }
    return a;
  }
  function andExpr(): FilterNode {
    let a = unary();
    while (isWord('and')) {
      p++;
      a = { k: 'and', a, b: unary() };
    }
    return a;
  }
  function unary(): FilterNode {
    if (isWord('not')) {
      p++;
      return { k: 'not', a: unary() };
    }
    return primary();
  }
  function primary(): FilterNode {
    const t = peek();
    if (!t) {
      throw new ODataSyntaxError(`Syntax error in $filter '${src}'.`);
    }
    if (t.t === 'lp') {
      p++;
      const e = orExpr();
      expect('rp');
      return e;
    }
    if (
      t.t === 'id' &&
      (t.v.toLowerCase() === 'substringof' || t.v.toLowerCase() === 'startswith') &&
      toks[p + 1]?.t === 'lp'
    ) {
      const fn = t.v.toLowerCase() as 'substringof' | 'startswith';
      p += 2;
      let field: string;
      let value: string;
      if (fn === 'substringof') {
        value = String(literal().value);
        expect('comma');
        field = expect('id').v;
      } else {
        field = expect('id').v;
        expect('comma');
        value = String(literal().value);
      }
      expect('rp');
      let negate = false;
      if (peek()?.t === 'id' && OPS.has(peek()!.v.toLowerCase())) {
        const op = toks[p++].v.toLowerCase();
        const lit = literal();
        const truthy = lit.value === true || lit.value === 1;
        negate = (op === 'eq') !== truthy;
      }
      return { k: 'fn', fn, field, value, negate };
    }
    if (t.t === 'id') {
      p++;
      const opTok = expect('id');
      const op = opTok.v.toLowerCase();
      if (!OPS.has(op)) {
        throw new ODataSyntaxError(`Syntax error in $filter '${src}': unknown operator '${opTok.v}'.`);
      }
      const lit = literal();
      return { k: 'cmp', op: op as 'eq', field: t.v, value: lit.value, dateLiteral: lit.date };
    }
    throw new ODataSyntaxError(`Syntax error in $filter '${src}'.`);
  }
  const e = orExpr();
  if (p !== toks.length) {
    throw new ODataSyntaxError(`Syntax error in $filter '${src}'.`);
  }
  return e;
}

/** A comparison or function clause: the only kind of clause an index can serve. */
export type SeekClause = Extract<FilterNode, { k: 'cmp' | 'fn' }>;

/**
 * The clauses SharePoint Online would serve from an index when a list is past the view threshold: the leftmost
 * clause of the filter (for `A and B`, only A: "the first column you filter on must be indexed"), and for an `or`
 * every one of its branches, each by its own leftmost clause, since a row matching any branch may be in the result.
 * `undefined` when a branch cannot be served by an index at all: a `not`, or a substring search (an index is
 * ordered, so it can find a prefix with startswith but not a substring).
 */
export function indexSeeks(n: FilterNode): SeekClause[] | undefined {
  switch (n.k) {
    case 'and':
      return indexSeeks(n.a);
    case 'or': {
      const a = indexSeeks(n.a);
      const b = indexSeeks(n.b);
      return a && b ? [...a, ...b] : undefined;
    }
    case 'not':
      return undefined;
    case 'fn':
      return n.fn === 'startswith' && !n.negate ? [n] : undefined;
    default:
      return [n];
  }
}

function cmpJs(a: unknown, b: Literal): number {
  if (a === null || a === undefined) {
    return b === null ? 0 : -1;
  }
  if (b === null) {
    return 1;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    return Number(a) - Number(b === true ? 1 : b === false ? 0 : b);
  }
  if (typeof a === 'number' && typeof b === 'number') {
    return a - b;
  }
  const as = String(a).toLowerCase();
  const bs = String(b).toLowerCase();
  return as < bs ? -1 : as > bs ? 1 : 0;
}

/** Evaluates a filter against a plain object (used for the small collections: lists, fields, users, groups). */
export function evalFilter(n: FilterNode, o: Record<string, unknown>): boolean {
  const get = (f: string): unknown => {
    let cur: unknown = o;
    for (const part of f.split('/')) {
      if (cur && typeof cur === 'object') {
        const rec = cur as Record<string, unknown>;
        const key = Object.keys(rec).find((k) => k.toLowerCase() === part.toLowerCase());
        cur = key ? rec[key] : undefined;
      } else {
        cur = undefined;
      }
    }
    return cur;
  };
  switch (n.k) {
    case 'and':
      return evalFilter(n.a, o) && evalFilter(n.b, o);
    case 'or':
      return evalFilter(n.a, o) || evalFilter(n.b, o);
    case 'not':
      return !evalFilter(n.a, o);
    case 'fn': {
      const v = String(get(n.field) ?? '').toLowerCase();
      const r = n.fn === 'substringof' ? v.includes(n.value.toLowerCase()) : v.startsWith(n.value.toLowerCase());
      return n.negate ? !r : r;
    }
    case 'cmp': {
      const c = cmpJs(get(n.field), n.value);
      switch (n.op) {
        case 'eq':
          return c === 0;
        case 'ne':
          return c !== 0;
        case 'gt':
          return c > 0;
        case 'ge':
          return c >= 0;
        case 'lt':
          return c < 0;
        default:
          return c <= 0;
      }
    }
  }
}
