/** Fills {0}, {1}… in a loc string (SPFx loc files hold plain strings, so formatting happens here). */
export function format(template: string, ...values: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (match: string, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
