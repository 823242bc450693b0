/**
 * In-page card, badge and findings list. Plain DOM with textContent only (rule
 * text is never interpreted as HTML), kept small because it loads on every
 * mail page.
 */
import { t } from '@/components/i18n';
import { categoryLabel, severityLabel } from '@/components/labels';
import { fillPlaceholders, placeholderNames } from '@/components/placeholders';
import type { Finding, RuleOrigin } from '@/rules';

export interface UiHandlers {
  apply(replacement: string): unknown;
  ignore(): void;
  disableRule(ruleId: string): void;
  close(): void;
  open(key: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderBadge(score: number, count: number, onClick: () => void): HTMLElement {
  const b = el('button', 'badge', `✓ ${score} · ${count}`);
  b.type = 'button';
  b.setAttribute('aria-label', t('badge_label', [String(score), String(count)]));
  b.addEventListener('click', onClick);
  return b;
}

export function renderCard(
  f: Finding,
  key: string,
  origin: RuleOrigin | undefined,
  placeholders: Record<string, string[]>,
  h: UiHandlers,
): HTMLElement {
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', categoryLabel(f.category));
  card.dataset.key = key;
  const head = el('div', 'head');
  head.append(el('span', `sev ${f.severity}`, severityLabel(f.severity)), el('span', 'cat', categoryLabel(f.category)));
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('card_close'));
  close.addEventListener('click', () => h.close());
  head.append(close);
  card.append(head, el('p', 'msg', f.message));
  const hears = el('p', 'hears');
  hears.append(el('b', undefined, t('card_hears')), document.createTextNode(f.hears));
  card.append(hears);
  for (const s of f.suggestions) {
    const box = el('div', 'sugg');
    box.append(el('p', undefined, s.trim()));
    const names = placeholderNames(s);
    const values: Record<string, string> = {};
    const apply = el('button', 'primary', t('card_apply'));
    apply.type = 'button';
    const update = () => {
      apply.disabled = names.some((n) => !values[n]?.trim());
    };
    for (const name of names) {
      const label = el('label', undefined, t('card_fill', name));
      const input = el('input');
      input.type = 'text';
      const picks = placeholders[name] ?? [];
      if (picks.length) {
        const id = `helder-dl-${key}-${name}`.replace(/[^\w-]/g, '_');
        const dl = el('datalist');
        dl.id = id;
        for (const p of picks) dl.append(Object.assign(el('option'), { value: p }));
        input.setAttribute('list', id);
        label.append(dl);
      }
      input.addEventListener('input', () => {
        values[name] = input.value;
        update();
      });
      label.append(input);
      box.append(label);
    }
    update();
    apply.addEventListener('click', () => h.apply(fillPlaceholders(s, values)));
    box.append(apply);
    card.append(box);
  }
  const actions = el('div', 'actions');
  const ignore = el('button', undefined, t('card_ignore'));
  ignore.type = 'button';
  ignore.addEventListener('click', () => h.ignore());
  actions.append(ignore);
  if (origin?.locked) actions.append(el('span', 'note', t('card_locked')));
  else {
    const off = el('button', undefined, t('card_disable'));
    off.type = 'button';
    off.addEventListener('click', () => h.disableRule(f.ruleId));
    actions.append(off);
  }
  card.append(actions);
  if (origin) card.append(el('p', 'src', t(`card_source_${origin.source}`)));
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') h.close();
  });
  return card;
}

export function renderList(shown: ReadonlyArray<{ finding: Finding; key: string }>, h: UiHandlers): HTMLElement {
  const list = el('div', 'list');
  list.setAttribute('role', 'dialog');
  list.setAttribute('aria-label', t('list_title'));
  list.append(el('h2', undefined, t('list_title')));
  if (shown.length === 0) list.append(el('p', undefined, t('list_empty')));
  const ol = el('ol');
  for (const s of shown) {
    const li = el('li');
    const b = el(
      'button',
      undefined,
      `${severityLabel(s.finding.severity)} · ${categoryLabel(s.finding.category)}: ${s.finding.scope === 'span' ? `“${s.finding.text}”` : s.finding.message}`,
    );
    b.type = 'button';
    b.addEventListener('click', () => h.open(s.key));
    li.append(b);
    ol.append(li);
  }
  list.append(ol);
  list.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') h.close();
  });
  return list;
}
