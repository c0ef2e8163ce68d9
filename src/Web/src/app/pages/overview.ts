import { OverviewDocument, type OverviewQuery } from '../../gql/graphql';
import { chart } from '../charts';
import { client } from '../client';
import { h } from '../dom';
import { bucketLabel } from '../labels';
import { formatNumber, formatShare, nameOf, t, type TextKey } from '../i18n';
import { problem, withheldPaths } from '../withheld';

type Stats = NonNullable<OverviewQuery['region']>['stats'];
type League = NonNullable<OverviewQuery['leagues']['nodes']>[number];

/** The region's headline figures, the 12 leagues compared, member breakdowns and a treemap: one request. */
export async function overviewPage(root: HTMLElement): Promise<void> {
  const result = await client.query(OverviewDocument, {}).toPromise();
  const region = result.data?.region;
  if (!region) {
    root.append(problem(result.error));
    return;
  }
  const withheld = withheldPaths(result.error);
  const stats = region.stats;
  const leagues = result.data?.leagues.nodes ?? [];
  root.append(
    h('h1', {}, nameOf(region)),
    h('p', { class: 'muted' }, `${t('asOf')} ${stats.asOf}`),
    withheld.size > 0 ? h('p', { class: 'notice' }, t('withheldNote')) : '',
    cards(stats),
    h('h2', {}, t('leaguesCompared')),
    h('div', { class: 'chart-row' },
      leagueBars('league-members', t('members'), leagues, (l) => l.stats.memberCount),
      leagueBars('league-strongest', t('strongestShare'), leagues, (l) => l.stats.strongestBranchShare, '%'),
      leagueBars('league-coverage', t('coverage'), leagues, (l) => l.stats.serviceCenterCoverage, '%')),
    h('div', { class: 'chart-row' },
      breakdown('by-age', t('byAge'), stats.age),
      breakdown('by-ethnicity', t('byEthnicity'), stats.ethnicity),
      breakdown('by-education', t('byEducation'), stats.education)),
    h('h2', {}, t('treemap')),
    treemap(leagues),
  );
}

function cards(stats: Stats): HTMLElement {
  const card = (key: TextKey, value: string, name: string) =>
    h('div', { class: 'card', 'data-figure': name }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, t(key)));
  return h('div', { class: 'cards' },
    card('members', formatNumber(stats.memberCount), 'memberCount'),
    card('branches', formatNumber(stats.branchCount), 'branchCount'),
    card('strongestShare', formatShare(stats.strongestBranchShare), 'strongestBranchShare'),
    card('firstSecretaries', formatNumber(stats.firstSecretaryCount), 'firstSecretaryCount'),
    card('serviceCenters', formatNumber(stats.serviceCenterCount), 'serviceCenterCount'),
    card('coverage', formatShare(stats.serviceCenterCoverage), 'serviceCenterCoverage'),
    card('villages', formatNumber(stats.villageCount), 'villageCount'),
    card('grids', formatNumber(stats.gridCount), 'gridCount'),
    card('gridWorkers', formatNumber(stats.gridWorkerCount), 'gridWorkerCount'),
    card('women', formatShare(stats.womenShare), 'womenShare'),
    card('mongols', formatShare(stats.mongolShare), 'mongolShare'));
}

function leagueBars(name: string, title: string, leagues: League[], value: (l: League) => number, unit = ''): HTMLElement {
  return chart(name, {
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => `${String(v)}${unit}` },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: leagues.map(nameOf), axisLabel: { fontSize: 11 } },
    series: [{ type: 'bar', data: leagues.map(value), itemStyle: { color: '#c0392b' } }],
  }, 360);
}

function breakdown(name: string, title: string, buckets: Stats['age']): HTMLElement {
  return chart(name, {
    title: { text: title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    series: [{
      type: 'pie',
      radius: ['35%', '65%'],
      top: 30,
      data: buckets.map((b) => ({ name: bucketLabel(b), value: b.count })),
      label: { fontSize: 11 },
    }],
  }, 300);
}

function treemap(leagues: League[]): HTMLElement {
  return chart('treemap', {
    tooltip: { formatter: (p: { name: string; value: number }) => `${p.name}: ${formatNumber(p.value)}` },
    series: [{
      type: 'treemap',
      roam: false,
      nodeClick: false,
      breadcrumb: { show: false },
      leafDepth: 2,
      levels: [{ itemStyle: { gapWidth: 3, borderColor: '#fff' } }, { itemStyle: { gapWidth: 1 } }],
      upperLabel: { show: true, height: 20 },
      data: leagues.map((l) => ({
        name: nameOf(l),
        value: l.stats.memberCount,
        children: (l.banners.nodes ?? []).map((b) => ({ name: nameOf(b), value: b.stats.memberCount })),
      })),
    }],
  }, 480);
}
