import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(__dirname, '../../rules/cli/helder.mjs');
const helder = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'helder-cli-'));
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const teamSet = {
  id: 'team',
  name: 'Team',
  version: 3,
  lang: 'nl',
  rules: [
    {
      id: 'team.weigering',
      category: 'bare-no',
      severity: 'error',
      match: { type: 'phrases', patterns: ['dat doen wij niet'] },
      message: 'Weigering zonder reden.',
      hears: 'Zoek het zelf uit.',
      suggestions: ['Dat kunnen wij helaas niet doen, omdat {reden}. Wat wel kan: {alternatief}.'],
      replace: 'sentence',
      examples: { bad: [{ text: 'Dat doen wij niet.', span: 'Dat doen wij niet' }], good: ['Dat doen wij graag.'] },
    },
  ],
};

describe('helder check', () => {
  it('exits 0 on a clean reply from stdin and prints a summary', () => {
    const r = helder(['check', '--lang', 'nl'], 'Hoi Sandra, ik bel je vandaag om 15:00 terug.');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/<stdin>: score 100\/100, 0 findings/);
  });

  it('prints line:col, severity, category, message and suggestion; exits 1 on an error finding', () => {
    const team = file('team.json', JSON.stringify(teamSet));
    const reply = file('reply.txt', 'Beste Anja,\n\nDat doen wij niet.\n');
    const r = helder(['check', '--rules', team, reply]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${reply}:3:1  error    bare-no         Weigering zonder reden.`);
    expect(r.out).toContain('→ Dat kunnen wij helaas niet doen, omdat {reden}. Wat wel kan: {alternatief}.');
  });

  it('writes one JSON result with --format json', () => {
    const r = helder(['check', '--format', 'json', '--lang', 'nl'], 'Uw AD-account is geblokkeerd.');
    const json = JSON.parse(r.out);
    expect(json.lang).toBe('nl');
    expect(json.findings.find((f: { category: string }) => f.category === 'jargon')).toMatchObject({
      text: 'AD-account',
      start: 3,
      end: 13,
    });
  });

  it('carries each suggestion with its placeholders and quick picks, in the draft register, in JSON', () => {
    const r = helder(['check', '--format', 'json', '--lang', 'nl'], 'Hoi Sanne, waarom je printer dat doet, weet ik niet.');
    const f = JSON.parse(r.out).findings.find((x: { ruleId: string }) => x.ruleId === 'nl.alarming.geen-idee');
    expect(f.suggestions[0]).toContain('laat het je {wanneer} weten');
    expect(f.picks.wanneer.length).toBeGreaterThan(1);
    expect(f.picks.wanneer.every((p: string) => /vóór \d\d:\d\d$/.test(p))).toBe(true);
  });

  it('reads corpus lines with --format jsonl and writes one result line each', () => {
    const lines = [
      { id: 'a', lang: 'nl', text: 'Uw AD-account is geblokkeerd.' },
      { id: 'b', lang: 'en', text: 'Thanks, it works now.', context: 'It is broken.' },
    ];
    const r = helder(['check', '--format', 'jsonl'], lines.map((l) => JSON.stringify(l)).join('\n'));
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.lang])).toEqual([
      ['a', 'nl'],
      ['b', 'en'],
    ]);
    expect(Object.keys(out[0]).sort()).toEqual(['findings', 'id', 'lang', 'score']);
  });

  it('reads the customer message with --context', () => {
    const ctx = file('ctx.txt', 'Ik kan al twee dagen niet inloggen en het lukt niet!');
    const r = helder(
      ['check', '--format', 'json', '--lang', 'nl', '--context', ctx],
      'Hoi Anja,\n\nIk heb uw account vrijgegeven.\n\nGroet',
    );
    expect(JSON.parse(r.out).findings.map((f: { category: string }) => f.category)).toContain('no-empathy');
  });

  it.each([
    [['check', '--format', 'xml'], /--format must be text, json or jsonl/],
    [['check', '--lang', 'de'], /--lang must be "nl" or "en"/],
    [['check', '/no/such/file.txt'], /cannot read \/no\/such\/file.txt: ENOENT/],
    [['check', '--bogus'], /Unknown option/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('exits 2 with a clear message on bad input %j', (args, message) => {
    const r = helder(args as string[], '');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('exits 2 on bad jsonl lines', () => {
    const r = helder(['check', '--format', 'jsonl'], '{"id":1,"text":"ok"}\n{nope');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/<stdin>:2: not valid JSON/);
  });

  it('refuses a broken rule set with every problem by path', () => {
    const broken = file('broken.json', JSON.stringify({ ...teamSet, lang: 'fr', rules: [{ ...teamSet.rules[0], severity: 'loud' }] }));
    const r = helder(['check', '--rules', broken], 'Hallo.');
    expect(r.code).toBe(2);
    expect(r.err).toContain('$.lang: should be one of "nl", "en", but is "fr"');
    expect(r.err).toContain('$.rules[0].severity: should be one of "error", "warning", "info", but is "loud"');
  });
});

describe('helder test-rules', () => {
  it('passes a good team set and lists failing examples of a bad one', () => {
    expect(helder(['test-rules', file('ok.json', JSON.stringify(teamSet))]).code).toBe(0);
    const failing = {
      ...teamSet,
      rules: [{ ...teamSet.rules[0], examples: { bad: [{ text: 'Dat kan niet.', span: 'kan' }], good: ['Dat doen wij niet.'] } }],
    };
    const r = helder(['test-rules', file('fail.json', JSON.stringify(failing))]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('1 rules, 2 examples, 2 failures');
    expect(r.out).toContain('team.weigering bad example 1: does not mark "kan"');
    expect(r.out).toContain('team.weigering good example 1: fires on "Dat doen wij niet" but should not');
  });

  it('exits 2 on an invalid set', () => {
    expect(helder(['test-rules', file('bad.json', '{')]).code).toBe(2);
  });
});
