import { Client, fetchExchange, mapExchange, makeOperation, stringifyDocument, subscriptionExchange, type Operation } from '@urql/core';
import { createClient as createSocketClient } from 'graphql-ws';
import { authorization, graphqlSocketUrl, graphqlUrl, loadKey } from '../apiKey';

// Every document is a trusted document (graphql-codegen embeds its SHA-256): the client sends the hash, and the text
// only once the API has answered that it keeps no trusted documents (HC0020), so the same page works with
// Security:TrustedDocuments:Mode Off, Allow and Only.
const notTrusted = 'HC0020';
let sendText = false;
const textByHash = new Map<string, string>();

interface Body {
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: { persistedQuery?: { sha256Hash: string } };
}

function hashOf(operation: Operation): string {
  const meta = (operation.query as { __meta__?: { hash?: string } }).__meta__;
  if (!meta?.hash) {
    throw new Error(`The operation ${operation.key} is not a generated document: write it as a .graphql file.`);
  }
  const hash = meta.hash.replace(/^sha256:/, '');
  textByHash.set(hash, stringifyDocument(operation.query));
  return hash;
}

function payload(body: Body): Record<string, unknown> {
  const hash = body.extensions?.persistedQuery?.sha256Hash ?? '';
  const common = { operationName: body.operationName, variables: body.variables };
  return sendText ? { ...common, query: textByHash.get(hash) } : { ...common, documentId: hash };
}

async function trustedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const body = JSON.parse(String(init?.body)) as Body;
  const send = () => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), ...authorization(loadKey()) }, body: JSON.stringify(payload(body)) });
  const response = await send();
  if (sendText || response.status !== 400) {
    return response;
  }
  const answer = (await response.clone().json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
  if (answer?.errors?.some((e) => e.extensions?.code === notTrusted)) {
    sendText = true;
    return send();
  }
  return response;
}

export const socket = createSocketClient({
  url: graphqlSocketUrl,
  connectionParams: () => authorization(loadKey()),
  lazy: true,
  retryAttempts: Infinity,
  shouldRetry: () => true,
});

export const client = new Client({
  url: graphqlUrl,
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetch: trustedFetch,
  exchanges: [
    mapExchange({
      onOperation: (operation) =>
        makeOperation(operation.kind, { ...operation, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(operation) } } }, operation.context),
    }),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({
          unsubscribe: socket.subscribe(payload(request as Body) as { query: string }, sink),
        }),
      }),
    }),
  ],
});
