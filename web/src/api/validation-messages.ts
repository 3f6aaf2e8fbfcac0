const plural = (count: string, one: string, many: string) => `${count} ${count === '1' ? one : many}`;

/** The validator's wordings (zod's and the API's decimal checks), said the way a user can act on. */
const wordings: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /at most (\d+) decimal places/i,
    ([, n]) => (n === '0' ? 'Whole numbers only, no decimals' : `At most ${n} decimals`),
  ],
  [/^Send a decimal as a string/, () => 'Enter a number'],
  [/^Must be greater than zero$/, () => 'Must be above zero'],
  [/expected string to have <=\s*(\d+) characters/, ([, n]) => `At most ${plural(n!, 'character', 'characters')}`],
  [/expected string to have >=\s*(\d+) characters/, ([, n]) => (n === '1' ? 'Required' : `At least ${n} characters`)],
  [/expected (?:number|int|bigint) to be <=?\s*(-?[\d.]+)/, ([, n]) => `Must be at most ${n}`],
  [/expected (?:number|int|bigint) to be >=?\s*(-?[\d.]+)/, ([, n]) => `Must be at least ${n}`],
  [/expected array to have <=\s*(\d+) items/, ([, n]) => `At most ${plural(n!, 'line', 'lines')}`],
  [/expected array to have >=\s*(\d+) items/, ([, n]) => `Add at least ${plural(n!, 'line', 'lines')}`],
  [/received (?:undefined|null)$/, () => 'Required'],
  [/expected int, received number/, () => 'Whole numbers only, no decimals'],
  [/^Invalid email/i, () => 'Enter a valid email address'],
  [/^Invalid UUID/i, () => 'Choose one from the list'],
  [/^Invalid option/i, () => 'Choose one of the options'],
  [/^Invalid ISO date/i, () => 'Enter a valid date'],
  [/^(Invalid|Unrecognized|Unknown field|Too big|Too small)/, () => 'Not valid here'],
];

/**
 * A server message as a field shows it: the validator's wording turned into what is wrong ("At most
 * 200 characters"); a business rule's message (already written for people) as it is.
 */
export function friendlyFieldMessage(message: string): string {
  for (const [pattern, say] of wordings) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

/** A field path as people read it: `lines.1.unitPrice` is "Line 2, unit price", `owner.email` is "email". */
export function fieldLabel(path: string): string {
  const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const line = /^(?:body\.)?\w+\.(\d+)\.(\w+)$/.exec(path);
  if (line) return `Line ${Number(line[1]) + 1}, ${words(line[2]!)}`;
  return words(path.split('.').at(-1) ?? path);
}
