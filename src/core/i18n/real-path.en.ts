// English strings of the plugin's real-path guard (src/adapter/real-path.ts): a write or a template
// read refused because a symbolic link takes it outside the vault.
export const realPathEn = {
  "real-path.write-outside": "Refused to write {path}: its real location is outside the vault (a symbolic link points elsewhere). Nothing was written.",
  "real-path.read-outside": "Refused to read the template {path}: its real location is outside the vault (a symbolic link points elsewhere).",
} as const;
