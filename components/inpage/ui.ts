/**
 * In-page card, badge and findings list. Plain DOM with textContent only (rule
 * text is never interpreted as HTML), kept small because it loads on every
 * mail page.
 */
import { t } from '@/components/i18n';
import { categoryLabel, severityLabel } from '@/components/labels';
import { fillPlaceholders, placeholderNames } from '@/components/placeholders';
import type { Finding, RuleOrigin } from '@/rules';
import { isTrusted } from './host';

export interface UiHandlers {
  /** Takes over suggestion `index` of the finding, its placeholders filled in as `replacement`. */
  apply(replacement: string, index: number): unknown;
  /** Leaves the flagged words out (the finding's `removal`). */
  remove(): unknown;
  ignore(): void;
  disableRule(ruleId: string): void;
  /** Takes back "Turn off this rule" (from the notice that replaces the card). */
  enableRule(ruleId: string): void;
  close(): void;
  open(key: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface BadgeHandlers {
  toggleList(): void;
  hideHere(): void;
  hideEverywhere(): void;
}

/** Score bands: a word and a colour, never a check mark on a low score. */
export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 85 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

/** "1 finding", "3 findings" (nl: "1 bevinding", "3 bevindingen"). */
export function findingsText(n: number): string {
  return n === 0 ? t('badge_findings_none') : n === 1 ? t('badge_findings_one') : t('badge_findings_other', String(n));
}

export function renderBadge(score: number, count: number, host: string, h: BadgeHandlers, menuOpen: boolean): HTMLElement {
  const band = scoreBand(score);
  const group = el('div', `badge band-${band}`);
  const main = el('button', 'badge-main');
  main.type = 'button';
  main.append(el('span', 'band-word', t(`badge_band_${band}`)), el('span', 'score', String(score)), el('span', 'count', `· ${count}`));
  main.setAttribute('aria-label', t('badge_label', [t(`badge_band_${band}`), String(score), findingsText(count)]));
  trusted(main, 'click', () => h.toggleList());
  const more = el('button', 'badge-more', '⋯');
  more.type = 'button';
  more.setAttribute('aria-label', t('badge_menu'));
  more.setAttribute('aria-haspopup', 'menu');
  more.setAttribute('aria-expanded', String(menuOpen));
  group.append(main, more);
  const menu = el('div', 'badge-menu');
  menu.setAttribute('role', 'menu');
  menu.hidden = !menuOpen;
  const item = (label: string, act: () => void) => {
    const b = el('button', undefined, label);
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    trusted(b, 'click', act);
    menu.append(b);
  };
  item(t('badge_hideSite', host), () => h.hideHere());
  item(t('badge_hideAll'), () => h.hideEverywhere());
  trusted(more, 'click', () => {
    menu.hidden = !menu.hidden;
    more.setAttribute('aria-expanded', String(!menu.hidden));
    if (!menu.hidden) (menu.querySelector('button') as HTMLElement | null)?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      menu.hidden = true;
      more.setAttribute('aria-expanded', 'false');
      more.focus();
    }
  });
  group.append(menu);
  return group;
}

/**
 * Listens for an event the writer made: events a page script dispatches (isTrusted false) are ignored, so the
 * page can't click Helder's buttons for the writer.
 */
export function trusted<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, fn: (e: HTMLElementEventMap[K]) => void): void {
  target.addEventListener(type, (e) => {
    if (isTrusted(e)) fn(e);
  });
}

/** Keeps Tab and Shift+Tab inside a dialog while it is open. */
function trapFocus(box: HTMLElement): void {
  box.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...box.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled])')].filter(
      (x) => !x.closest('[hidden]'),
    );
    if (!items.length) return;
    const first = items[0] as HTMLElement;
    const last = items[items.length - 1] as HTMLElement;
    const active = (box.getRootNode() as ShadowRoot).activeElement;
    if (e.shiftKey && (active === first || !box.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !box.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  });
}

export function renderCard(f: Finding, key: string, origin: RuleOrigin | undefined, h: UiHandlers): HTMLElement {
  const card = el('div', 'card');
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', categoryLabel(f.category));
  card.dataset.key = key;
  const head = el('div', 'head');
  head.append(el('span', `sev ${f.severity}`, severityLabel(f.severity)), el('span', 'cat', categoryLabel(f.category)));
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('card_close'));
  trusted(close, 'click', () => h.close());
  head.append(close);
  card.append(head, el('p', 'msg', f.message));
  const hears = el('p', 'hears');
  hears.append(el('b', undefined, t('card_hears')), document.createTextNode(f.hears));
  card.append(hears);
  f.suggestions.forEach((s, index) => {
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
      const picks = Object.hasOwn(f.picks ?? {}, name) ? (f.picks?.[name] ?? []) : [];
      if (picks.length) {
        const id = `helder-dl-${key}-${name}`.replace(/[^\w-]/g, '_');
        const dl = el('datalist');
        dl.id = id;
        for (const p of picks) dl.append(Object.assign(el('option'), { value: p }));
        input.setAttribute('list', id);
        label.append(dl);
      }
      trusted(input, 'input', () => {
        values[name] = input.value;
        update();
      });
      label.append(input);
      box.append(label);
    }
    update();
    // The value is read from the field at the moment of a trusted click: a page script can't fill it for the writer.
    trusted(apply, 'click', () => h.apply(fillPlaceholders(s, values), index));
    box.append(apply);
    card.append(box);
  });
  if (f.removal) {
    const box = el('div', 'sugg');
    const remove = el('button', 'primary', t('card_removeWords', f.removal.removed));
    remove.type = 'button';
    trusted(remove, 'click', () => h.remove());
    box.append(remove);
    card.append(box);
  }
  const actions = el('div', 'actions');
  const ignore = el('button', undefined, t('card_ignore'));
  ignore.type = 'button';
  trusted(ignore, 'click', () => h.ignore());
  actions.append(ignore);
  if (origin?.locked) actions.append(el('span', 'note', t('card_locked')));
  else {
    const off = el('button', undefined, t('card_disable'));
    off.type = 'button';
    trusted(off, 'click', () => h.disableRule(f.ruleId));
    actions.append(off);
  }
  card.append(actions);
  if (origin) card.append(el('p', 'src', t(`card_source_${origin.source}`)));
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && isTrusted(e)) h.close();
  });
  trapFocus(card);
  return card;
}

/** Shown where the card was after "Turn off this rule": says so, with Undo. */
export function renderRuleOff(ruleName: string, ruleId: string, h: UiHandlers): HTMLElement {
  const box = el('div', 'card notice');
  box.setAttribute('role', 'status');
  box.append(el('p', 'msg', t('card_ruleOff', ruleName)));
  const actions = el('div', 'actions');
  const undo = el('button', 'primary', t('card_undo'));
  undo.type = 'button';
  trusted(undo, 'click', () => h.enableRule(ruleId));
  const close = el('button', undefined, t('card_close'));
  close.type = 'button';
  trusted(close, 'click', () => h.close());
  actions.append(undo, close);
  box.append(actions);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && isTrusted(e)) h.close();
  });
  trapFocus(box);
  return box;
}

export function renderList(shown: ReadonlyArray<{ finding: Finding; key: string }>, h: UiHandlers): HTMLElement {
  const list = el('div', 'list');
  list.setAttribute('role', 'dialog');
  list.setAttribute('aria-labelledby', 'helder-list-title');
  const head = el('div', 'head');
  const title = el('h2', undefined, t('list_title'));
  title.id = 'helder-list-title';
  const close = el('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t('list_close'));
  trusted(close, 'click', () => h.close());
  head.append(title, close);
  list.append(head);
  const n = shown.length;
  list.append(el('p', 'count', n === 0 ? t('list_empty') : n === 1 ? t('list_count_one') : t('list_count_other', String(n))));
  const ul = el('ul');
  for (const s of shown) {
    const li = el('li');
    const b = el('button', 'item');
    b.type = 'button';
    const sev = severityLabel(s.finding.severity);
    const cat = categoryLabel(s.finding.category);
    const what = el('span', 'what');
    what.append(el('span', `sev ${s.finding.severity}`, sev));
    if (cat.toLowerCase() !== sev.toLowerCase()) what.append(el('span', 'cat', cat));
    b.append(what, el('span', 'text', s.finding.scope === 'span' ? `“${s.finding.text}”` : s.finding.message));
    trusted(b, 'click', () => h.open(s.key));
    li.append(b);
    ul.append(li);
  }
  list.append(ul);
  list.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && isTrusted(e)) h.close();
  });
  trapFocus(list);
  return list;
}
