import type { CombinedError } from '@urql/core';
import { h } from './dom';
import { t } from './i18n';

const notAuthorized = 'AUTH_NOT_AUTHORIZED';

/** The paths (a.b.0.c) of fields the caller's role may not read: the API answers them null with AUTH_NOT_AUTHORIZED. */
export function withheldPaths(error: CombinedError | undefined): Set<string> {
  return new Set(
    (error?.graphQLErrors ?? []).filter((e) => e.extensions?.code === notAuthorized && e.path).map((e) => e.path!.join('.')),
  );
}

/** A value the role may not read, shown as such instead of an error page. */
export function withheldMark(): HTMLElement {
  return h('span', { class: 'withheld', title: t('withheldNote') }, t('withheld'));
}

/** What went wrong, in a line, for a request that returned nothing to show. */
export function problem(error: CombinedError | undefined): HTMLElement {
  const messages = error ? [...error.graphQLErrors.map((e) => e.message), error.networkError?.message].filter(Boolean) : [];
  return h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${messages.join(' ') || '—'}`);
}
