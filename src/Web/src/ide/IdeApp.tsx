import { useMemo, useState } from 'react';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import examples from 'virtual:readme-examples';
import { authorization, graphqlSocketUrl, graphqlUrl, loadKey, saveKey } from '../apiKey';
import { KeyBar } from './KeyBar';

const introspectionRefused = 'HC0046';

/** GraphiQL on this API: the key from the browser's storage on every request and socket, the README's examples as tabs. */
export function IdeApp() {
  const [key, setKey] = useState(loadKey);
  const [refused, setRefused] = useState(false);
  const fetcher = useMemo<Fetcher>(() => {
    const headers = authorization(key);
    const inner = createGraphiQLFetcher({
      url: graphqlUrl,
      headers,
      wsClient: createClient({ url: graphqlSocketUrl, connectionParams: headers, lazy: true }),
    });
    return async (params, options) => {
      const result = await inner(params, options);
      if (params.operationName === 'IntrospectionQuery' && isRefusal(result)) {
        setRefused(true);
      }
      return result;
    };
  }, [key]);

  const changeKey = (next: string) => {
    saveKey(next);
    setRefused(false);
    setKey(next);
  };

  return (
    <div className="ide">
      <KeyBar apiKey={key} onChange={changeKey} introspectionRefused={refused} />
      <div className="ide-editor">
        <GraphiQL key={key} fetcher={fetcher} defaultTabs={examples.map((query) => ({ query }))} inputValueDeprecation={false} />
      </div>
    </div>
  );
}

function isRefusal(result: unknown): boolean {
  const errors = (result as { errors?: { extensions?: { code?: string } }[] } | null)?.errors;
  return Array.isArray(errors) && errors.some((e) => e.extensions?.code === introspectionRefused);
}
