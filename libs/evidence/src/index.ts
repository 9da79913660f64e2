/** Evidence files (佐证材料): the settings, the type sniffing, the content-addressed store and its verification. */
export * from './evidence-settings';
export * from './sniff-media-type';
export * from './evidence-store.port';
export * from './evidence-check';
export * from './postgres/postgres-evidence-store';
export * from './folder/folder-evidence-store';
export * from './s3/s3-evidence-store';
export * from './evidence-store-factory';
