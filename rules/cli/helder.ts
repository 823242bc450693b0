/**
 * helder — the command-line coach.
 *
 *   helder check [FILE...]        analyse replies (stdin when no file)
 *     --format text|json|jsonl    text: linter style; json: one result; jsonl: corpus lines in, result lines out
 *     --lang nl|en                force the language (default: detected)
 *     --context FILE              the customer's message being answered
 *     --rules FILE                add a team rule set (repeatable)
 *   helder test-rules [FILE...]   validate rule sets (built-in when none) and run every rule's examples
 *
 * Exit codes: 0 clean, 1 an `error` finding (check) or a failing example (test-rules), 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Engine } from '../engine/analyze';
import { runExamples } from '../examples';
import { BUILTIN_PACK_FILES, BUILTIN_RULE_SETS } from '../packs';
import { formatProblems, parseRuleSet, type RuleSet } from '../schema';
import { loadHyphenation } from '../text/syllables';
import type { AnalyzeResult, Finding, Lang } from '../types';

class InputError extends Error {}

const USAGE = `usage:
  helder check [FILE...] [--format text|json|jsonl] [--lang nl|en] [--context FILE] [--rules FILE]...
  helder test-rules [FILE...]`;

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function loadRuleSet(file: string): RuleSet {
  const res = parseRuleSet(readInput(file));
  if (!res.ok) throw new InputError(`${file}: this rule set is invalid and was not loaded:\n${indent(formatProblems(res.problems))}`);
  return res.ruleSet;
}

function indent(s: string): string {
  return s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function lineCol(text: string, offset: number): [number, number] {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++)
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  return [line, offset - last];
}

const tty = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (code: string, s: string) => (tty ? `\u001b[${code}m${s}\u001b[0m` : s);
const SEVERITY_COLOR = { error: '31', warning: '33', info: '36' } as const;

function formatText(name: string, text: string, result: AnalyzeResult): string {
  const lines: string[] = [];
  for (const f of result.findings) {
    const [line, col] = lineCol(text, f.start);
    const where = f.scope === 'message' ? `${name}` : `${name}:${line}:${col}`;
    lines.push(
      `${where}  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${f.category.padEnd(14)}  ${f.message}${
        f.scope === 'span' ? `  ${paint('2', `“${oneLine(f.text)}”`)}` : ''
      }`,
    );
    lines.push(`    ${paint('2', 'hears:')} ${f.hears}`);
    for (const s of f.suggestions) lines.push(`    → ${oneLine(s.trim())}`);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  lines.push(
    `${name}: score ${result.score}/100, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info), language ${result.lang}`,
  );
  return lines.join('\n');
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 120 ? `${t.slice(0, 117)}…` : t;
}

function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (v !== 'nl' && v !== 'en') throw new InputError(`--lang must be "nl" or "en", not "${v}"`);
  return v;
}

function hasError(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      lang: { type: 'string' },
      context: { type: 'string' },
      rules: { type: 'string', multiple: true },
    },
  });
  const format = values.format as string;
  if (!['text', 'json', 'jsonl'].includes(format)) throw new InputError(`--format must be text, json or jsonl, not "${format}"`);
  const lang = parseLang(values.lang);
  const ruleSets = [...BUILTIN_RULE_SETS, ...(values.rules ?? []).map(loadRuleSet)];
  const context = values.context ? readInput(values.context) : undefined;
  const files = positionals.length ? positionals : ['-'];
  const inputs = files.map((f) => ({ name: f === '-' ? '<stdin>' : f, text: readInput(f) }));
  if (format === 'json' && inputs.length > 1) throw new InputError('--format json takes one text; use --format jsonl for many');
  await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);
  const engine = new Engine(ruleSets);
  let anyError = false;

  if (format === 'jsonl') {
    for (const input of inputs) {
      const lines = input.text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] as string).trim();
        if (!line) continue;
        let item: { id?: unknown; lang?: unknown; text?: unknown; context?: unknown };
        try {
          item = JSON.parse(line);
        } catch (e) {
          throw new InputError(`${input.name}:${i + 1}: not valid JSON (${(e as Error).message})`);
        }
        if (typeof item !== 'object' || item === null || typeof item.text !== 'string')
          throw new InputError(`${input.name}:${i + 1}: each line needs a "text" string`);
        const itemLang = item.lang === undefined ? lang : parseLang(String(item.lang));
        const result = engine.analyze(item.text, {
          lang: itemLang,
          context: typeof item.context === 'string' ? item.context : context,
        });
        anyError ||= hasError(result.findings);
        process.stdout.write(
          `${JSON.stringify({ id: item.id ?? null, lang: result.lang, score: result.score, findings: result.findings })}\n`,
        );
      }
    }
    return anyError ? 1 : 0;
  }

  const out: string[] = [];
  for (const input of inputs) {
    const result = engine.analyze(input.text, { lang, context });
    anyError ||= hasError(result.findings);
    out.push(format === 'json' ? JSON.stringify(result, null, 2) : formatText(input.name, input.text, result));
  }
  process.stdout.write(`${out.join('\n\n')}\n`);
  return anyError ? 1 : 0;
}

async function testRules(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const sets: Array<{ name: string; set: RuleSet }> = positionals.length
    ? positionals.map((f) => ({ name: f, set: loadRuleSet(f) }))
    : BUILTIN_RULE_SETS.map((set) => {
        // Built-in packs are validated here exactly like a team lead's file.
        const name = BUILTIN_PACK_FILES[set.lang];
        return { name, set: loadRuleSet(new URL(`../../${name}`, import.meta.url).pathname) };
      });
  let failures = 0;
  for (const { name, set } of sets) {
    const results = runExamples(set);
    const failed = results.filter((r) => !r.ok);
    failures += failed.length;
    console.log(
      `${name}: ${set.name} v${set.version} — ${set.rules.length} rules, ${results.length} examples, ${failed.length} failure${failed.length === 1 ? '' : 's'}`,
    );
    for (const f of failed) console.log(`  ✗ ${f.ruleId} ${f.kind} example ${f.index + 1}: ${f.reason}\n      ${oneLine(f.text)}`);
  }
  return failures > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'test-rules') return await testRules(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      console.log(USAGE);
      return 0;
    }
    throw new InputError(command ? `unknown command "${command}"` : 'no command given');
  } catch (e) {
    if (e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`helder: ${(e as Error).message}`);
      if (!(e instanceof InputError) || /command/.test((e as Error).message)) console.error(USAGE);
      return 2;
    }
    throw e;
  }
}
