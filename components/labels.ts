/** Labels shared by the in-page cards, the popup and the options page. */
import { t } from './i18n';

export const categoryLabel = (c: string) => t(`cat_${c.replace(/-/g, '_')}`);
export const severityLabel = (s: string) => t(`sev_${s}`);
/** Severity as a shape too, so it never depends on colour alone. */
export const SEVERITY_ICON: Record<string, string> = { error: '●', warning: '▲', info: '○' };
