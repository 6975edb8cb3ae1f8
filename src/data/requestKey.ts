/**
 * A client-made id for a new item: the RequestKey (indexed, unique) that makes a retried create land once. A random
 * RFC 4122 version 4 id (crypto when the runtime has it), after `prefix-` when a prefix is given (e.g. `esc`).
 */
export function newRequestKey(prefix?: string): string {
  const bytes: number[] = [];
  const c: Crypto | undefined = typeof crypto !== 'undefined' ? crypto : undefined;
  if (c && typeof c.getRandomValues === 'function') {
    const arr: Uint8Array = new Uint8Array(16);
    c.getRandomValues(arr);
    for (let i: number = 0; i < 16; i++) {
      bytes.push(arr[i]);
    }
  } else {
    for (let i: number = 0; i < 16; i++) {
      bytes.push(Math.floor(Math.random() * 256));
    }
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  let hex: string = '';
  for (let i: number = 0; i < 16; i++) {
    hex += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
    if (i === 3 || i === 5 || i === 7 || i === 9) {
      hex += '-';
    }
  }
  return prefix ? prefix + '-' + hex : hex;
}
