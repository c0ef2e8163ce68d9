// One key for the IDE and the front end: they share the origin, so the browser's storage is shared too.
const storageKey = 'partyOrg.apiKey';

export function loadKey(): string {
  return localStorage.getItem(storageKey) ?? '';
}

export function saveKey(key: string): void {
  if (key) {
    localStorage.setItem(storageKey, key);
  } else {
    localStorage.removeItem(storageKey);
  }
}

export function authorization(key: string): Record<string, string> {
  return key ? { Authorization: `Bearer ${key}` } : {};
}

export const graphqlUrl = `${location.origin}/graphql`;
export const graphqlSocketUrl = graphqlUrl.replace(/^http/, 'ws');
