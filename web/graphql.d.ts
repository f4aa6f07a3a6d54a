// esbuild loads .graphql files as text (src/api/web-bundle.ts).
declare module '*.graphql' {
  const text: string;
  export default text;
}
declare module '*.css';
