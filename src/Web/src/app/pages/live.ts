import { ChangesDocument, LiveFiguresDocument, StatisticsChangedDocument } from '../../gql/graphql';
import { client, socket } from '../client';
import { clear, h } from '../dom';
import { enumLabel } from '../labels';
import { formatNumber, formatShare, nameOf, t } from '../i18n';
import { loadKey } from '../../apiKey';
import { problem } from '../withheld';

const maxRows = 100;

/**
 * The change feed of a scope and its figures, live. After a dropped connection the feed subscribes again from the
 * last position it showed, so nothing is missed; positions already shown are skipped. Returns what stops it.
 */
export async function livePage(root: HTMLElement, params: URLSearchParams): Promise<() => void> {
  const scope = params.get('scope') ?? '150000';
  const form = h('form', { class: 'controls' }, h('label', {}, t('scope'), h('input', { name: 'scope', value: scope, inputmode: 'numeric' })), h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/live?scope=${encodeURIComponent(String(new FormData(form).get('scope') ?? ''))}`;
  });
  root.append(h('h1', {}, t('live')), form);
  if (!loadKey()) {
    root.append(h('p', { class: 'notice' }, t('liveNeedsKey')));
    return () => undefined;
  }
  const answer = await client.query(LiveFiguresDocument, { code: scope }).toPromise();
  const division = answer.data?.division;
  if (!division?.stats) {
    root.append(problem(answer.error));
    return () => undefined;
  }
  const figures = h('div', { class: 'cards small', 'data-live': 'figures' });
  const showFigures = (stats: { memberCount: number; branchCount: number; strongestBranchShare: number }) => clear(figures,
    h('div', { class: 'card', 'data-figure': 'memberCount' }, h('div', { class: 'card-value' }, formatNumber(stats.memberCount)), h('div', { class: 'card-label' }, t('members'))),
    h('div', { class: 'card', 'data-figure': 'branchCount' }, h('div', { class: 'card-value' }, formatNumber(stats.branchCount)), h('div', { class: 'card-label' }, t('branches'))),
    h('div', { class: 'card' }, h('div', { class: 'card-value' }, formatShare(stats.strongestBranchShare)), h('div', { class: 'card-label' }, t('strongestShare'))));
  showFigures(division.stats);
  const status = h('p', { class: 'muted', 'data-live': 'status' }, t('connected'));
  const rows = h('tbody', {});
  root.append(h('h2', {}, `${t('figures')} · ${nameOf(division)}`), figures, h('h2', {}, t('changes')), status,
    h('div', { class: 'table-scroll' }, h('table', { 'data-live': 'feed' },
      h('thead', {}, h('tr', {}, h('th', {}, t('position')), h('th', {}, t('kind')), h('th', {}, t('when')), h('th', {}, t('where')))), rows)));

  let last: string | null = null;
  const follow = () => client.subscription(ChangesDocument, { scope, after: last }).subscribe((result) => {
    const change = result.data?.changes;
    if (!change || (last !== null && BigInt(change.position) <= BigInt(last))) {
      return;
    }
    last = change.position;
    rows.prepend(h('tr', { 'data-position': change.position },
      h('td', {}, change.position), h('td', {}, enumLabel(change.kind)), h('td', {}, new Date(change.committedAt).toLocaleString()),
      h('td', {}, change.village ? nameOf(change.village) : '—')));
    rows.querySelectorAll(`tr:nth-child(n+${maxRows + 1})`).forEach((r) => r.remove());
  });
  let feed = follow();
  const statistics = client.subscription(StatisticsChangedDocument, { codes: [scope] }).subscribe((result) => {
    const stats = result.data?.statisticsChanged.stats;
    if (stats) {
      showFigures(stats);
    }
  });
  let dropped = false;
  const offClosed = socket.on('closed', () => {
    dropped = true;
    status.textContent = t('reconnecting');
  });
  const offConnected = socket.on('connected', () => {
    status.textContent = t('connected');
    if (dropped) {
      dropped = false;
      feed.unsubscribe();
      feed = follow();
    }
  });
  return () => {
    feed.unsubscribe();
    statistics.unsubscribe();
    offClosed();
    offConnected();
  };
}
