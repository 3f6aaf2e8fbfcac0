import { i18n } from '../i18n/i18n.ts';

const t = i18n.t.bind(i18n);

/** The validator's wordings (zod's and the API's decimal checks), said the way a user can act on. */
const wordings: [RegExp, (match: RegExpMatchArray) => string][] = [
  [
    /at most (\d+) decimal places/i,
    ([, n]) => (n === '0' ? t('ui:rules.wholeOnly') : t('ui:rules.atMostDecimals', { count: Number(n) })),
  ],
  [/^Send a decimal as a string/, () => t('ui:rules.enterNumber')],
  [/^Must be greater than zero$/, () => t('ui:rules.aboveZero')],
  [/expected string to have <=\s*(\d+) characters/, ([, n]) => t('ui:rules.atMostCharacters', { count: Number(n) })],
  [
    /expected string to have >=\s*(\d+) characters/,
    ([, n]) => (n === '1' ? t('ui:rules.required') : t('ui:rules.atLeastCharacters', { count: Number(n) })),
  ],
  [/expected (?:number|int|bigint) to be <=?\s*(-?[\d.]+)/, ([, n]) => t('ui:rules.atMost', { max: n })],
  [/expected (?:number|int|bigint) to be >=?\s*(-?[\d.]+)/, ([, n]) => t('ui:rules.atLeast', { min: n })],
  [/expected array to have <=\s*(\d+) items/, ([, n]) => t('ui:rules.atMostLines', { count: Number(n) })],
  [/expected array to have >=\s*(\d+) items/, ([, n]) => t('ui:rules.atLeastLines', { count: Number(n) })],
  [/received (?:undefined|null)$/, () => t('ui:rules.required')],
  [/expected int, received number/, () => t('ui:rules.wholeOnly')],
  [/^Invalid email/i, () => t('ui:rules.email')],
  [/^Invalid UUID/i, () => t('ui:rules.chooseFromList')],
  [/^Invalid option/i, () => t('ui:rules.chooseOption')],
  [/^Invalid ISO date/i, () => t('ui:rules.validDate')],
  [/^(Invalid|Unrecognized|Unknown field|Too big|Too small)/, () => t('ui:rules.notValid')],
];

/**
 * A server message as a field shows it: the validator's wording turned into what is wrong ("At most
 * 200 characters"), in the user's language; a business rule's message (already written for people) as it is.
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
  if (line) return t('ui:rules.lineField', { line: Number(line[1]) + 1, field: words(line[2]!) });
  return words(path.split('.').at(-1) ?? path);
}

/** A field's problem with the field named first, as one line of a summary. */
export const fieldProblemText = (path: string, problem: string): string =>
  path ? t('ui:rules.fieldProblem', { field: fieldLabel(path), problem }) : problem;
