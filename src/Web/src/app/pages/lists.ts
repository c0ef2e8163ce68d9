import type { TypedDocumentNode } from '@urql/core';
import { BannersDocument, BranchesDocument, LeaguesDocument, TownshipsDocument, VillagesDocument } from '../../gql/graphql';
import { enumLabel } from '../labels';
import { formatNumber, formatShare, nameOf, t, type TextKey } from '../i18n';

export type Row = Record<string, unknown> & { stats?: Record<string, number> | null };

export interface Column {
  label: TextKey;
  value: (row: Row) => string | null | undefined;
}

export interface Choice {
  id: string;
  label: TextKey;
  value: Record<string, unknown> | Record<string, unknown>[] | null;
}

/** One level's list: its document, where each row leads, and the filters and orders offered (mapped to where/order). */
export interface ListSpec {
  document: TypedDocumentNode<any, any>;
  field: string;
  link: (row: Row) => string;
  columns: Column[];
  filters: Choice[];
  orders: Choice[];
}

const name = (row: Row) => nameOf(row as { name: string; nameEn?: string | null });
const members: Column = { label: 'members', value: (r) => (r.stats ? formatNumber(r.stats.memberCount) : null) };
const strongest: Column = { label: 'strongestShare', value: (r) => (r.stats ? formatShare(r.stats.strongestBranchShare) : null) };
const coverage: Column = { label: 'coverage', value: (r) => (r.stats ? formatShare(r.stats.serviceCenterCoverage) : null) };
const divisionColumns: Column[] = [{ label: 'code', value: (r) => String(r.code) }, members, strongest, coverage];
const divisionOrders: Choice[] = [{ id: 'code', label: 'codeOrder', value: [{ code: 'ASC' }] }, { id: 'name', label: 'nameOrder', value: [{ name: 'ASC' }] }];
const all: Choice = { id: 'all', label: 'all', value: null };

export const divisionLink = (row: Row) => `#/d/${String(row.code)}`;

export const childLists: Record<string, ListSpec> = {
  REGION: { document: LeaguesDocument, field: 'leagues', link: divisionLink, columns: divisionColumns, filters: [all], orders: divisionOrders },
  LEAGUE: { document: BannersDocument, field: 'banners', link: divisionLink, columns: divisionColumns, filters: [all], orders: divisionOrders },
  BANNER: { document: TownshipsDocument, field: 'townships', link: divisionLink, columns: divisionColumns, filters: [all], orders: divisionOrders },
  TOWNSHIP: {
    document: VillagesDocument,
    field: 'villages',
    link: divisionLink,
    columns: [
      { label: 'code', value: (r) => String(r.code) },
      members,
      { label: 'hasServiceCenter', value: (r) => (r.facts ? t((r.facts as { hasServiceCenter: boolean }).hasServiceCenter ? 'yes' : 'no') : null) },
    ],
    filters: [all, { id: 'noServiceCenter', label: 'noServiceCenter', value: { hasServiceCenter: { eq: false } } }],
    orders: divisionOrders,
  },
  VILLAGE: {
    document: BranchesDocument,
    field: 'branches',
    link: (row) => `#/b/${encodeURIComponent(String(row.id))}`,
    columns: [
      { label: 'rating', value: (r) => enumLabel(String(r.rating)) },
      { label: 'founded', value: (r) => String(r.foundedOn) },
      members,
    ],
    filters: [all, { id: 'weak', label: 'weak', value: { rating: { eq: 'WEAK' } } }, { id: 'strongest', label: 'strongest', value: { rating: { eq: 'STRONGEST' } } }],
    orders: [{ id: 'name', label: 'nameOrder', value: [{ name: 'ASC' }] }, { id: 'founded', label: 'oldestFirst', value: [{ foundedOn: 'ASC' }] }],
  },
};

export const memberList = {
  columns: [
    { label: 'birthDate', value: (r: Row) => (r.birthDate as string | null) ?? null },
    { label: 'joinedOn', value: (r: Row) => String(r.joinedOn) },
    { label: 'status', value: (r: Row) => (r.status == null ? null : enumLabel(String(r.status))) },
  ] satisfies Column[],
  filters: [
    all,
    { id: 'joined2020', label: 'joinedSince2020', value: { joinedOn: { gte: '2020-01-01' } } },
    { id: 'probationary', label: 'probationary', value: { status: { eq: 'PROBATIONARY' } } },
  ] satisfies Choice[],
  orders: [
    { id: 'eldest', label: 'eldestFirst', value: [{ birthDate: 'ASC' }] },
    { id: 'newest', label: 'newestFirst', value: [{ joinedOn: 'DESC' }] },
    { id: 'name', label: 'nameOrder', value: [{ name: 'ASC' }] },
  ] satisfies Choice[],
};

export { name as rowName };
