import type { CombinedError } from '@urql/core';
import { BranchMembersDocument, DivisionDocument, type BranchMembersQueryVariables } from '../../gql/graphql';
import { client } from '../client';
import { h } from '../dom';
import { enumLabel } from '../labels';
import { formatNumber, formatShare, nameOf, t } from '../i18n';
import type { Route } from '../route';
import { problem, withheldMark, withheldPaths } from '../withheld';
import { childLists, memberList, rowName, type Choice, type Column, type Row } from './lists';

interface Place { code: string; name: string; nameEn?: string | null }

/** A division (or a branch) with its breadcrumbs and the list below it, filtered, sorted and paged from the URL. */
export async function drillPage(root: HTMLElement, route: Route): Promise<void> {
  if (route.page === 'branch') {
    await branchPage(root, route);
    return;
  }
  const answer = await client.query(DivisionDocument, { code: route.id }).toPromise();
  const division = answer.data?.division;
  if (!division) {
    root.append(answer.error ? problem(answer.error) : h('p', { class: 'error' }, `${t('notFound')}: ${route.id}`));
    return;
  }
  root.append(breadcrumbs([...division.ancestors, division]), h('h1', {}, nameOf(division)));
  const stats = division.stats;
  root.append(stats
    ? h('div', { class: 'cards small' },
      figure(t('members'), formatNumber(stats.memberCount)), figure(t('branches'), formatNumber(stats.branchCount)),
      figure(t('strongestShare'), formatShare(stats.strongestBranchShare)), figure(t('coverage'), formatShare(stats.serviceCenterCoverage)),
      figure(t('firstSecretaries'), formatNumber(stats.firstSecretaryCount)), figure(t('villages'), formatNumber(stats.villageCount)))
    : h('p', {}, `${t('members')}: `, withheldMark()));
  const spec = childLists[division.level];
  if (spec) {
    const variables = listVariables(route.params, spec.filters, spec.orders);
    const result = await client.query(spec.document, { within: division.code, ...variables }).toPromise();
    const connection = (result.data as Record<string, Connection> | undefined)?.[spec.field] ?? null;
    root.append(controls(route, spec.filters, spec.orders), table(connection, spec.columns, spec.link, result.error, route));
  }
}

async function branchPage(root: HTMLElement, route: Route): Promise<void> {
  const variables = listVariables(route.params, memberList.filters, memberList.orders);
  const answer = await client.query(BranchMembersDocument, { id: route.id, ...variables } as BranchMembersQueryVariables).toPromise();
  const branch = answer.data?.node;
  if (!branch || !('name' in branch)) {
    root.append(problem(answer.error));
    return;
  }
  const village = branch.village;
  root.append(
    breadcrumbs([...village.ancestors, village]),
    h('h1', {}, branch.name),
    h('p', { class: 'muted' }, `${t('rating')}: ${enumLabel(branch.rating)} · ${t('founded')}: ${branch.foundedOn}`),
    controls(route, memberList.filters, memberList.orders),
    table(branch.members ?? null, memberList.columns, null, answer.error, route));
}

interface Connection { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: Row[] | null }

function listVariables(params: URLSearchParams, filters: Choice[], orders: Choice[]) {
  const conditions = [filters.find((f) => f.id === params.get('f'))?.value, params.get('q') ? { name: { contains: params.get('q') } } : null].filter(Boolean);
  const pageSize = Number(params.get('n') ?? 20);
  return {
    where: conditions.length === 0 ? null : conditions.length === 1 ? conditions[0] : { and: conditions },
    order: (orders.find((o) => o.id === params.get('s')) ?? orders[0]).value,
    first: Number.isInteger(pageSize) && pageSize > 0 && pageSize <= 50 ? pageSize : 20,
    after: params.get('after'),
  };
}

function breadcrumbs(trail: Place[]): HTMLElement {
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'breadcrumbs' },
    ...trail.flatMap((p, i) => [i > 0 ? ' › ' : '', i < trail.length - 1 ? h('a', { href: `#/d/${p.code}` }, nameOf(p)) : h('span', {}, nameOf(p))]));
}

function figure(label: string, value: string): HTMLElement {
  return h('div', { class: 'card' }, h('div', { class: 'card-value' }, value), h('div', { class: 'card-label' }, label));
}

function controls(route: Route, filters: Choice[], orders: Choice[]): HTMLElement {
  const params = route.params;
  const select = (name: string, choices: Choice[], current: string | null) =>
    h('select', { name }, ...choices.map((c) => h('option', { value: c.id, selected: c.id === current }, t(c.label))));
  const form = h('form', { class: 'controls' },
    h('label', {}, t('search'), h('input', { name: 'q', value: params.get('q') ?? '' })),
    filters.length > 1 ? h('label', {}, t('filter'), select('f', filters, params.get('f'))) : null,
    h('label', {}, t('sort'), select('s', orders, params.get('s'))),
    h('button', { type: 'submit' }, t('apply')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    new FormData(form).forEach((value, key) => value && value !== 'all' && next.set(key, String(value)));
    location.hash = `#/${route.page === 'branch' ? 'b' : 'd'}/${encodeURIComponent(route.id)}?${next}`;
  });
  return form;
}

function table(connection: Connection | null, columns: Column[], link: ((row: Row) => string) | null, error: CombinedError | undefined, route: Route): HTMLElement {
  if (!connection) {
    return withheldPaths(error).size > 0 ? h('p', {}, withheldMark()) : problem(error);
  }
  const next = new URLSearchParams(route.params);
  next.set('after', connection.pageInfo.endCursor ?? '');
  const first = new URLSearchParams(route.params);
  first.delete('after');
  const base = `#/${route.page === 'branch' ? 'b' : 'd'}/${encodeURIComponent(route.id)}?`;
  const cell = (value: string | null | undefined) => h('td', {}, value ?? withheldMark());
  return h('section', { class: 'list' },
    h('p', { class: 'total', 'data-total': String(connection.totalCount) }, `${t('total')} ${formatNumber(connection.totalCount)}`),
    h('div', { class: 'table-scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t('name')), ...columns.map((c) => h('th', {}, t(c.label))))),
      h('tbody', {}, ...(connection.nodes ?? []).map((row) => h('tr', {},
        h('td', {}, link ? h('a', { href: link(row) }, rowName(row)) : rowName(row)),
        ...columns.map((c) => cell(c.value(row)))))))),
    h('p', { class: 'pager' },
      route.params.has('after') ? h('a', { href: base + first.toString() }, t('firstPage')) : null,
      connection.pageInfo.hasNextPage ? h('a', { href: base + next.toString(), rel: 'next' }, t('nextPage')) : null));
}
