declare module 'virtual:readme-examples' {
  const examples: string[];
  export default examples;
}
