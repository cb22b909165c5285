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

/** The generated bundled packs, split as the background stores them (stored-pack-layout.ts). */
declare module 'virtual:kontext/stored-pack-parts' {
  export const storedPackParts: readonly {
    id: string;
    /** The head's JSON text, as the index of packs holds it. */
    head: string;
    /** The JSON text of each alias bucket and each entity chunk. */
    buckets: readonly string[];
    chunks: readonly string[];
  }[];
}

/** The generated bundled packs' heads, as `stored-pack-parts` has them, for the content script. */
declare module 'virtual:kontext/stored-pack-heads' {
  export const storedPackHeads: readonly {
    id: string;
    /** The head's JSON text, as the index of packs holds it. */
    head: string;
  }[];
}

/** The generated bundled packs, whole, for the options page. */
declare module 'virtual:kontext/stored-packs' {
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  export const storedPacks: readonly {
    pack: import('@/lib/knowledge/pack-types').KnowledgePack;
    aliasCount: number;
  }[];
  /* eslint-enable @typescript-eslint/consistent-type-imports */
}
