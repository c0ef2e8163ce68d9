import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the front end and the trusted-documents manifest the API loads
// (Security:TrustedDocuments:Path): the SHA-256 of each document's text, as the API checks it.
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/operations/**/*.graphql'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string', Long: 'number', Decimal: 'number' },
      },
    },
  },
};

export default config;
