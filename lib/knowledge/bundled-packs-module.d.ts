/** The bundled packs, checked and compiled at build time (scripts/vite-plugin-bundled-packs.ts). */
declare module 'virtual:kontext/bundled-packs' {
  // An ambient module cannot import relative paths; import() types are the way in.
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  export const bundledPacks: readonly {
    pack: import('@/lib/knowledge/pack-types').KnowledgePack;
    compiled: import('@/lib/knowledge/compile-pack').CompiledPack;
  }[];
  /* eslint-enable @typescript-eslint/consistent-type-imports */
}
