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
import { budgetRefusal, builtinCost, costOf } from '../budget';
import { Engine } from '../engine/analyze';
import { runExamples } from '../examples';
import { idClashProblems } from '../layers';
import { BUILTIN_PACK_FILES, BUILTIN_RULE_SETS } from '../packs';
import { parseRuleSet, problem, type RuleSet, type RuleSetProblem } from '../schema';
import { loadHyphenation } from '../text/syllables';
import type { AnalyzeResult, Finding, Lang } from '../types';

class InputError extends Error {}

/**
 * Control characters that a terminal acts on (C0 but tab, DEL, C1 such as
 * CSI and OSC, and the bidi overrides that reorder what is shown), written
 * out instead: text from a rule set, a reply or a file name can't clear the
 * screen, set the title, write the clipboard (OSC 52) or fake a line.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `s` with every control character written as a visible escape (\x1b, \n, \u202e). */
export function printable(s: unknown): string {
  return String(s).replace(CONTROL, (c) => {
    const n = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

/** JSON for the terminal: JSON.stringify already escapes C0; C1 and the bidi controls are escaped too (same value). */
function safeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function problemLines(problems: readonly RuleSetProblem[]): string {
  return problems.map((p) => `${printable(p.path)}: ${printable(p.message)}`).join('\n');
}

const USAGE = `usage:
  helder check [FILE...] [--format text|json|jsonl] [--lang nl|en] [--context FILE] [--rules FILE]...
  helder test-rules [FILE...]`;

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${printable(file)}: ${printable((e as NodeJS.ErrnoException).code ?? (e as Error).message)}`);
  }
}

function loadRuleSet(file: string): RuleSet {
  const res = parseRuleSet(readInput(file));
  if (!res.ok)
    throw new InputError(`${printable(file)}: this rule set is invalid and was not loaded:\n${indent(problemLines(res.problems))}`);
  return res.ruleSet;
}

/**
 * Several sets given: the extension's id checks, each set against the
 * built-in packs and the sets before it (rule ids and set ids unique).
 */
function checkIds(sets: ReadonlyArray<{ name: string; set: RuleSet }>): void {
  const errors: string[] = [];
  sets.forEach(({ name, set }, i) => {
    const problems = idClashProblems(
      set,
      BUILTIN_RULE_SETS,
      sets.slice(0, i).map((s) => s.set),
    );
    if (problems.length)
      errors.push(`${printable(name)}: this rule set clashes with another set and was not loaded:\n${indent(problemLines(problems))}`);
    // The compile budget is for all sets together (each was checked next to the built-in packs when read).
    const before = sets.slice(0, i).reduce((sum, s) => sum + costOf(s.set), 0);
    const over = before > 0 ? budgetRefusal(set, builtinCost() + before) : null;
    if (over)
      errors.push(
        `${printable(name)}: together with the sets before it this rule set is too large and was not loaded:\n${indent(problemLines([problem(over.path, over.code, over.params)]))}`,
      );
  });
  if (errors.length) throw new InputError(errors.join('\n'));
}

/** Runs `fn`; a crash is bad input (exit 2) with `what` and the reason, never a stack trace. */
function guard<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new InputError(`${what}: ${printable((e as Error)?.message ?? e)}`);
  }
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
    const where = f.scope === 'message' ? `${printable(name)}` : `${printable(name)}:${line}:${col}`;
    lines.push(
      `${where}  ${paint(SEVERITY_COLOR[f.severity], f.severity.padEnd(7))}  ${printable(f.category).padEnd(14)}  ${printable(f.message)}${
        f.scope === 'span' ? `  ${paint('2', `“${oneLine(f.text)}”`)}` : ''
      }`,
    );
    lines.push(`    ${paint('2', 'hears:')} ${printable(f.hears)}`);
    for (const s of f.suggestions) lines.push(`    → ${oneLine(s.trim())}`);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) counts[f.severity]++;
  lines.push(
    `${printable(name)}: score ${result.score}/100, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} (${counts.error} error, ${counts.warning} warning, ${counts.info} info), language ${result.lang}`,
  );
  return lines.join('\n');
}

/** One line of at most 120 characters, control characters escaped. */
function oneLine(s: string): string {
  const t = s.replace(/[ \t\n\r\f\v]+/g, ' ');
  return printable(t.length > 120 ? `${t.slice(0, 117)}…` : t);
}

function parseLang(v: string | undefined): Lang | undefined {
  if (v === undefined) return undefined;
  if (v !== 'nl' && v !== 'en') throw new InputError(`--lang must be "nl" or "en", not "${printable(v)}"`);
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
  if (!['text', 'json', 'jsonl'].includes(format)) throw new InputError(`--format must be text, json or jsonl, not "${printable(format)}"`);
  const lang = parseLang(values.lang);
  const given = (values.rules ?? []).map((f) => ({ name: f, set: loadRuleSet(f) }));
  checkIds(given);
  const ruleSets = [...BUILTIN_RULE_SETS, ...given.map((g) => g.set)];
  const context = values.context ? readInput(values.context) : undefined;
  const files = positionals.length ? positionals : ['-'];
  const inputs = files.map((f) => ({ name: f === '-' ? '<stdin>' : f, text: readInput(f) }));
  // A rule set that passed validation can still fail to compile (e.g. too deep for the stack): bad input too.
  const engine = guard('the rule sets could not be compiled', () => new Engine(ruleSets));
  if (format === 'json' && inputs.length > 1) throw new InputError('--format json takes one text; use --format jsonl for many');
  await Promise.all([loadHyphenation('nl'), loadHyphenation('en')]);
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
          throw new InputError(`${printable(input.name)}:${i + 1}: not valid JSON (${printable((e as Error).message)})`);
        }
        if (typeof item !== 'object' || item === null || typeof item.text !== 'string')
          throw new InputError(`${printable(input.name)}:${i + 1}: each line needs a "text" string`);
        const itemLang = item.lang === undefined ? lang : parseLang(String(item.lang));
        const result = engine.analyze(item.text, {
          lang: itemLang,
          context: typeof item.context === 'string' ? item.context : context,
        });
        anyError ||= hasError(result.findings);
        process.stdout.write(`${safeJson({ id: item.id ?? null, lang: result.lang, score: result.score, findings: result.findings })}\n`);
      }
    }
    return anyError ? 1 : 0;
  }

  const out: string[] = [];
  for (const input of inputs) {
    const result = engine.analyze(input.text, { lang, context });
    anyError ||= hasError(result.findings);
    out.push(format === 'json' ? safeJson(result, 2) : formatText(input.name, input.text, result));
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
  if (positionals.length) checkIds(sets);
  let failures = 0;
  for (const { name, set } of sets) {
    const results = guard(`${printable(name)}: the examples could not be run`, () => runExamples(set));
    const failed = results.filter((r) => !r.ok);
    failures += failed.length;
    console.log(
      `${printable(name)}: ${printable(set.name)} v${printable(set.version)} — ${set.rules.length} rules, ${results.length} examples, ${failed.length} failure${failed.length === 1 ? '' : 's'}`,
    );
    for (const f of failed)
      console.log(`  ✗ ${printable(f.ruleId)} ${f.kind} example ${f.index + 1}: ${printable(f.reason)}\n      ${oneLine(f.text)}`);
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
    throw new InputError(command ? `unknown command "${printable(command)}"` : 'no command given');
  } catch (e) {
    if (e instanceof InputError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`helder: ${e instanceof InputError ? e.message : printable((e as Error).message)}`);
      if (!(e instanceof InputError) || /command/.test((e as Error).message)) console.error(USAGE);
      return 2;
    }
    // Anything else is still a message and exit 2, never a stack trace (HELDER_DEBUG=1 shows it).
    console.error(`helder: ${printable((e as Error)?.message ?? e)}`);
    if (process.env.HELDER_DEBUG) console.error(e);
    return 2;
  }
}
