/**
 * The command line (issue 14, item 7): text from a rule set or a reply is
 * printed with its control characters escaped; several sets get the
 * extension's id checks; every bad input, a crashing validation included,
 * exits 2 with a message and no stack trace. Each failed before the fix
 * (raw escapes printed, clashing sets loaded, a stack trace with exit 1).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_SETS } from '@/rules';
import { crashingSet } from './fixtures';

const BIN = join(__dirname, '../../rules/cli/helder.mjs');
const helder = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr, all: r.stdout + r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'helder-sec-cli-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const ESC = '\u001b';
/** Clear the screen, set the title, write the clipboard (OSC 52), a C1 CSI, and a carriage return that overwrites the line. */
const HOSTILE = `${ESC}[2J${ESC}]0;pwned\u0007${ESC}]52;c;ZWNobyBwd25lZA==\u0007\u009b31m\rall good \u202e`;
/** Any control character a terminal acts on (C0 but newline and tab, DEL, C1, bidi overrides). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function hostileSet(id = 'team.hostile') {
  return {
    id,
    name: `Team ${HOSTILE}`,
    version: `1${HOSTILE}`,
    lang: 'nl',
    rules: [
      {
        id: `${id}.rule`,
        category: 'bare-no',
        severity: 'error',
        match: { type: 'phrases', patterns: ['dat doen wij niet'] },
        message: `Weigering ${HOSTILE}`,
        hears: `Zoek het zelf uit ${HOSTILE}`,
        suggestions: [`Dat kan helaas niet ${HOSTILE}`],
        examples: { bad: [{ text: `Dat doen wij niet. ${HOSTILE}`, span: `Dat doen wij niet. ${ESC}[2J` }], good: [] },
      },
    ],
  };
}

describe('control characters are escaped', () => {
  it('in check output: messages, hears, suggestions, the reply text and file names', () => {
    const team = file('hostile.json', JSON.stringify({ ...hostileSet(), rules: [{ ...hostileSet().rules[0], examples: undefined }] }));
    const reply = file(`reply${ESC}[2J.txt`, `Dat doen wij niet${ESC}]52;c;eA==\u0007.\n`);
    const r = helder(['check', '--rules', team, reply]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Weigering \\x1b[2J\\x1b]0;pwned\\x07\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\x9b31m\\rall good \\u202e');
    expect(r.out).toContain('reply\\x1b[2J.txt');
    expect(r.all).not.toMatch(RAW);
  });

  it('in test-rules output: the set name, version and failing examples', () => {
    const r = helder(['test-rules', file('hostile-set.json', JSON.stringify(hostileSet()))]);
    expect(r.out).toContain('Team \\x1b[2J');
    expect(r.all).not.toMatch(RAW);
  });

  it('in problems: unknown field names and patterns', () => {
    const bad = { ...hostileSet(), [`x${ESC}]52;c;eA==\u0007`]: 1 };
    const r = helder(['test-rules', file('hostile-bad.json', JSON.stringify(bad))]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown field "x\\x1b\]52;c;eA==\\x07"/);
    expect(r.all).not.toMatch(RAW);
  });

  it('in json and jsonl output (C1 and bidi controls too)', () => {
    const text = `Dat doen wij niet \u009b2J \u202e.`;
    const json = helder(['check', '--format', 'json', '--lang', 'nl'], text);
    expect(json.out).not.toMatch(RAW);
    expect(JSON.parse(json.out).lang).toBe('nl');
    const jsonl = helder(['check', '--format', 'jsonl'], JSON.stringify({ id: `a${ESC}\u009b`, lang: 'nl', text }));
    expect(jsonl.out).not.toMatch(RAW);
    expect(JSON.parse(jsonl.out).id).toBe(`a${ESC}\u009b`);
  });
});

describe('the id checks of the extension', () => {
  const set = (id: string, ruleId: string) => ({
    id,
    name: id,
    version: 1,
    lang: 'nl',
    rules: [
      {
        id: ruleId,
        category: 'tip',
        severity: 'info',
        match: { type: 'phrases', patterns: ['zo snel mogelijk'] },
        message: 'm',
        hears: 'h',
      },
    ],
  });

  it('refuses two sets that define the same rule id', () => {
    const a = file('a.json', JSON.stringify(set('team.a', 'shared.rule')));
    const b = file('b.json', JSON.stringify(set('team.b', 'shared.rule')));
    for (const args of [
      ['check', '--rules', a, '--rules', b],
      ['test-rules', a, b],
    ]) {
      const r = helder(args, 'Hallo.');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(
        /b\.json: this rule set clashes.*\$\.rules\[0\]\.id: the id "shared\.rule" is already used by a rule in "team\.a"/s,
      );
    }
  });

  it("refuses two sets with the same id, and a set with a built-in rule's or set's id", () => {
    const builtinRule = BUILTIN_RULE_SETS[0]?.rules[0]?.id as string;
    const builtinSet = BUILTIN_RULE_SETS[0]?.id as string;
    const same = [file('s1.json', JSON.stringify(set('team.x', 'x.one'))), file('s2.json', JSON.stringify(set('team.x', 'x.two')))];
    expect(helder(['check', '--rules', same[0] as string, '--rules', same[1] as string], 'Hallo.').err).toMatch(
      /\$\.id: the id "team\.x" is already the id of the rule set/,
    );
    const r1 = helder(['check', '--rules', file('b1.json', JSON.stringify(set('team.y', builtinRule)))], 'Hallo.');
    expect(r1.code).toBe(2);
    expect(r1.err).toMatch(/is already used by a rule in/);
    const r2 = helder(['test-rules', file('b2.json', JSON.stringify(set(builtinSet, 'y.one')))]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/id of a built-in rule set/);
  });
});

describe('bad input exits 2 with a message, never a stack trace', () => {
  it('a set whose validation crashes, in check and test-rules', () => {
    const crash = file('crash.json', JSON.stringify(crashingSet()));
    for (const args of [
      ['check', '--rules', crash],
      ['test-rules', crash],
    ]) {
      const r = helder(args, 'Hallo.');
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/crash\.json: this rule set is invalid.*nests brackets more than 8 deep/s);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('JSON nested too deeply to parse', () => {
    const r = helder(['test-rules', file('deep.json', `${'['.repeat(200000)}${']'.repeat(200000)}`)]);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
