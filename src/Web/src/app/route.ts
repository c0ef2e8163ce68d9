/** Every view is a URL (hash), so it can be bookmarked and shared: #/d/<code>?..., #/b/<branch id>?..., #/live?... */
export interface Route {
  page: 'overview' | 'division' | 'branch' | 'live';
  id: string;
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const [, kind, id = ''] = path.split('/');
  const page = kind === 'd' ? 'division' : kind === 'b' ? 'branch' : kind === 'live' ? 'live' : 'overview';
  return { page, id: decodeURIComponent(id), params };
}

export function href(page: 'd' | 'b' | 'live', id: string, params: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return `#/${page}${id ? '/' + encodeURIComponent(id) : ''}${query ? '?' + query : ''}`;
}
