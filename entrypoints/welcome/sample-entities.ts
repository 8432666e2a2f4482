/** The sample's names, in the order the translated sentence (`welcomeSample`) marks them. */
export const sampleEntityIds = ['evo-morales', 'senkata', 'el-alto'] as const;
