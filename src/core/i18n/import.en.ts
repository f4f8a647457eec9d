// English strings of the import feature.
export const importEn = {
} as const;
