import { createRoot } from 'react-dom/client';
import { Options } from '@/components/editor/Options';
import { t, uiLang } from '@/components/i18n';
import '@/components/ui.css';
import '@/components/editor/editor.css';

document.documentElement.lang = uiLang();
document.title = t('opt_title');
const tab = new URLSearchParams(location.search).get('tab');
createRoot(document.getElementById('root') as HTMLElement).render(
  <Options initialTab={tab === 'share' || tab === 'settings' ? tab : 'rules'} />,
);
