import './app.css';
import { loadKey, saveKey } from '../apiKey';
import { disposeCharts } from './charts';
import { clear, h } from './dom';
import { language, setLanguage, t } from './i18n';
import { drillPage } from './pages/drill';
import { livePage } from './pages/live';
import { overviewPage } from './pages/overview';
import { currentRoute } from './route';

const app = document.getElementById('app')!;
let leavePage: (() => void) | undefined;

function header(): HTMLElement {
  const key = h('input', { name: 'apiKey', type: 'password', autocomplete: 'off', placeholder: 'pok_…', value: loadKey() });
  return h('header', { class: 'top' },
    h('a', { class: 'brand', href: '#/' }, t('title')),
    h('nav', {},
      h('a', { href: '#/' }, t('overview')),
      h('a', { href: '#/d/150000' }, t('browse')),
      h('a', { href: '#/live' }, t('live')),
      h('a', { href: '/graphql/ui' }, t('ide'))),
    h('form', { class: 'key', onsubmit: (e) => { e.preventDefault(); saveKey(key.value.trim()); void render(); } },
      h('label', {}, t('apiKey'), key),
      h('button', { type: 'submit' }, t('useKey')),
      h('span', { class: 'muted', 'data-role': loadKey() ? 'keyed' : 'anonymous' }, loadKey() ? t('withKey') : t('anonymous'))),
    h('button', { class: 'language', type: 'button', onclick: () => { setLanguage(language === 'zh' ? 'en' : 'zh'); void render(); } },
      language === 'zh' ? 'English' : '中文'));
}

async function render(): Promise<void> {
  leavePage?.();
  leavePage = undefined;
  disposeCharts();
  const main = h('main', { 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('loading')));
  clear(app, header(), main);
  const route = currentRoute();
  const page = h('div', {});
  if (route.page === 'live') {
    leavePage = await livePage(page, route.params);
  } else if (route.page === 'division' || route.page === 'branch') {
    await drillPage(page, route);
  } else {
    await overviewPage(page);
  }
  clear(main, page);
  main.setAttribute('aria-busy', 'false');
}

setLanguage(language);
window.addEventListener('hashchange', () => void render());
void render();
