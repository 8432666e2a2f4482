/**
 * Types of the virtual modules served by scripts/dataset/vite-plugin.ts at build time.
 */
declare module 'virtual:glosa/dataset' {
  /**
   * The checked dataset in both languages, without the archived article texts. Pages
   * read it through `localiseDataset(dataset, languageOf(uiLocale()))`.
   */
  const dataset: import('../../core/schema.ts').BilingualDataset;
  export default dataset;
}

declare module 'virtual:glosa/matcher' {
  /** `compileMatcher(dataset.entities)`, compiled at build time. */
  const matcher: import('../../core/matcher/compile.ts').CompiledMatcher;
  export default matcher;
}

declare module 'virtual:glosa/entity-names' {
  /** Every entity's id and name (one string, or English and Spanish), in dataset order. */
  const names: [string, import('../../core/schema.ts').LocalisedName][];
  export default names;
}
