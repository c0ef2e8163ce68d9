import { useState } from 'react';

interface Props {
  apiKey: string;
  introspectionRefused: boolean;
  onChange: (key: string) => void;
}

/** The API key, entered once and kept in the browser's storage; and why the schema is empty when introspection is refused. */
export function KeyBar({ apiKey, introspectionRefused, onChange }: Props) {
  const [draft, setDraft] = useState(apiKey);
  return (
    <header className="ide-bar">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onChange(draft.trim());
        }}
      >
        <label>
          API key
          <input
            name="apiKey"
            type="password"
            autoComplete="off"
            placeholder="pok_… (empty: anonymous)"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <button type="submit">Use key</button>
        <span className="ide-state">{apiKey ? 'Requests carry your key.' : 'Anonymous.'}</span>
        <a href="/">Dashboard</a>
      </form>
      {introspectionRefused && (
        <p className="ide-notice" role="alert">
          This service does not let anonymous callers read its schema (introspection is off in Production). Enter an admin
          key above — make one with <code>dotnet run --project src/Api -- keys create --role admin --scope 150000</code> —
          or start the service with <code>--Security:Introspection=true</code>. The schema is also published as{' '}
          <code>schema.graphql</code>.
        </p>
      )}
    </header>
  );
}
