// Opening the vault named by --vault, shared by the commands that read one.

import type { Context } from "../context";
import { adoptLanguage, requireValue } from "../context";
import { loadVault, type LoadedVault, type LoadOptions } from "../vault-fs";
import { terminalSafe } from "../output";

export function openVault(ctx: Context, options?: LoadOptions): LoadedVault {
  const vault = loadVault(requireValue(ctx, "vault"), ctx.io.cwd, options);
  adoptLanguage(ctx, vault.settings.language);
  for (const w of vault.problems) {
    ctx.io.err(
      terminalSafe(`client-desk: ${ctx.t("cli.warn.setting-invalid", { field: w.field, value: w.value, fallback: w.fallback, path: vault.settingsPath })}`) + "\n",
    );
  }
  return vault;
}
