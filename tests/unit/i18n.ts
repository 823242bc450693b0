/**
 * Component tests read UI strings from the real English messages.json, with
 * the browser's $1/$2 substitution, so a missing key shows up as the key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countMessage } from '@/components/count';

const messages = JSON.parse(readFileSync(join(__dirname, '../../components/public/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string }
>;

export function t(key: string, subs?: string | string[]): string {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const m = messages[key]?.message;
  return m ? m.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '') : key;
}

export const tn = (key: string, n: number, rest: string[] = []) => countMessage(t, key, n, rest);

/** The UI language the components see; a test may switch it to 'nl' (strings from messages.json stay English). */
export const mockLang: { value: 'en' | 'nl' } = { value: 'en' };
export const uiLang = () => mockLang.value;
