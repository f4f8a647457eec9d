// The demo's lifecycle and money notes, made by the same core functions the plugin and the CLI use,
// so every view has something in it: a client still onboarding with its notes, a workflow with a
// quality review and a task at its approval stage, a service package, a subcontractor, an invoice
// sent and one paid, a check-in and a survey, and the Bases views. (The weekly reports due are
// written by the plugin when the vault opens.)

import { DateTime } from "luxon";
import { translator } from "../i18n";
import { VaultIndex } from "../index/vault-index";
import { draftRequest } from "../index/invoice-source";
import { draftInvoice } from "../billing/invoice-draft";
import { renderInvoiceNote } from "../billing/invoice-write";
import { applyPayment, applySent } from "../billing/invoice-payment";
import { processFrontmatterText } from "../notes/frontmatter-edit";
import { invoiceNotePath } from "../shared/paths";
import { baseFiles } from "../notes/bases";
import { checkNewClient } from "../lifecycle/new-client";
import { clientOfNote, onboardingNotes } from "../lifecycle/onboarding";
import { defaultTemplate, templatePath } from "../lifecycle/templates/defaults";
import { defaultWorkflow } from "../lifecycle/templates/workflow.default";
import { clientValues, renderTemplate, type ValueContext } from "../lifecycle/templates";
import { taskFileName, taskNoteText } from "../lifecycle/request";
import { datedNotePath, onboardingFolderPath, tasksFolderPath } from "../shared/paths";
import { userHours } from "../settings/settings";
import type { Client } from "../shared/types";
import { toMajorString } from "../shared/money";
import { DEMO_SETTINGS, LINH_ZONE } from "./people";

const LAYOUT = { clientsRoot: DEMO_SETTINGS.clientsRoot, plannerFolder: DEMO_SETTINGS.plannerFolder };

function indexOf(files: ReadonlyMap<string, string>): VaultIndex {
  const index = new VaultIndex({ ...LAYOUT, timezone: LINH_ZONE, currency: DEMO_SETTINGS.homeCurrency });
  for (const [path, text] of files) if (index.wants(path)) index.setFile(path, text);
  return index;
}

function day(now: number, zone: string, plusDays = 0): string {
  return DateTime.fromMillis(now, { zone }).plus({ days: plusDays }).toFormat("yyyy-MM-dd");
}

function values(client: Client, now: number): ReturnType<typeof clientValues> {
  const t = translator(client.language);
  const ctx: ValueContext = { myZone: LINH_ZONE, myHours: userHours(DEMO_SETTINGS), now, dayName: (d) => t(`lifecycle.day.${d}`) };
  return clientValues(client, ctx);
}

/** Adds the lifecycle, invoice, report and Bases notes to the demo's files (a note already there is kept). */
export function addLifecycleNotes(files: Map<string, string>, now: number): void {
  const put = (path: string, text: string) => {
    if (!files.has(path)) files.set(path, text);
  };
  const s = DEMO_SETTINGS;

  // Shared notes: the workflow (with its quality review), a package, a subcontractor.
  const workflow = defaultWorkflow("en");
  put(`${s.workflowsFolder}/${workflow.title}.md`, workflow.text);
  put(`${s.packagesFolder}/Launch pack.md`, "---\ntype: package\nname: Launch pack\nprice: 600\ncurrency: AUD\ndeliverables: [Landing page copy, 6 social posts, Launch email]\n---\nA product launch for a shop: copy, posts and one email, delivered within two weeks.\n");
  put(`${s.subcontractorsFolder}/Ana Reyes.md`, "---\ntype: subcontractor\nname: Ana Reyes\nrate: 12\ncurrency: USD\n---\nGraphic designer in Manila: banners, social images. Linh checks her work before it goes to a client.\n");

  // A client still onboarding: its note and onboarding notes, as "New client" writes them.
  const made = checkNewClient({
    name: "Nordlys Studio",
    timezone: "Europe/Oslo",
    currency: "EUR",
    billing: "hourly",
    rate: "40",
    language: "en",
    // Weekly reports start once the work does (status active): none while onboarding.
    reportDay: "none",
    channelFormal: "email",
    channelQuick: "Slack",
    channelMeetings: "Google Meet",
    responseHours: "24",
    workingHours: "09:00-16:00",
    contact: "Ingrid Berg",
    email: "ingrid@nordlys.example",
    package: "Launch pack",
    status: "onboarding",
  });
  if (made.ok) {
    const notePath = `${LAYOUT.clientsRoot}/${made.key}/${made.key}.md`;
    put(notePath, made.text);
    const client = clientOfNote(notePath, made.key, made.text, { timezone: LINH_ZONE, currency: s.homeCurrency });
    const t = translator(client.language);
    const notes = onboardingNotes(client, (kind) => ({ file: templatePath(s.templatesFolder, kind, client.language), text: defaultTemplate(kind, client.language).text }), {
      myZone: LINH_ZONE,
      myHours: userHours(s),
      now,
      dayName: (d) => t(`lifecycle.day.${d}`),
    });
    if (notes.ok) for (const n of notes.notes) put(`${onboardingFolderPath(LAYOUT, made.key)}/${n.title}.md`, n.text);
  }

  let index = indexOf(files);
  const harbour = index.client("Harbour Goods");
  const clara = index.client("Clara Whitfield Coaching");

  // Requests with every task field: one in the workflow at its review stage, done by Ana. Due
  // beyond the 14 days a weekly report looks ahead, so the reports due now read as before.
  if (harbour) {
    const folder = tasksFolderPath(LAYOUT, harbour.key);
    const taken = (base: string) => files.has(`${folder}/${base}.md`);
    const name = taskFileName("Holiday banner", taken);
    put(
      `${folder}/${name}`,
      taskNoteText(
        {
          title: "Holiday banner",
          due: `${day(now, harbour.timezone, 16)}T17:00`,
          urgent: true,
          important: true,
          estimate: "2",
          kind: "design",
          assignee: "Ana Reyes",
          workflow: workflow.title,
          stage: "Client approval",
          package: "Launch pack",
          body: "Banner for the shop's holiday sale. Ana designs it; Linh reviews before it goes to Mia.\n",
        },
        now - 2 * 86_400_000,
        harbour.timezone,
      ),
    );
  }
  if (clara) {
    const folder = tasksFolderPath(LAYOUT, clara.key);
    const name = taskFileName("December newsletter", (base) => files.has(`${folder}/${base}.md`));
    put(
      `${folder}/${name}`,
      taskNoteText({ title: "December newsletter", due: day(now, clara.timezone, 18), urgent: false, important: true, estimate: "1.5", kind: "email", body: "" }, now - 86_400_000, clara.timezone),
    );
  }

  // Invoices: last month's for Harbour Goods, sent and paid in full; Clara's, sent and owed.
  const invoice = (client: Client | null, pay: boolean) => {
    if (!client) return;
    const r = draftInvoice(draftRequest(index, client, { now, period: null, pattern: s.invoiceNumberPattern, packages: new Map() }));
    if (!r.ok) return;
    const path = invoiceNotePath(LAYOUT, client.key, r.draft.number);
    let text = renderInvoiceNote(r.draft, { name: s.businessName, details: s.businessDetails, payment: s.paymentDetails });
    const sent = processFrontmatterText(text, (fm) => applySent(fm, path, client.key));
    if (sent.edit.ok) text = sent.edit.text;
    if (pay) {
      const balance = toMajorString(r.draft.totals.balance, client.currency);
      const paid = processFrontmatterText(text, (fm) => applyPayment(fm, path, client.key, balance, day(now, client.timezone), "Wise"));
      if (paid.edit.ok && paid.result?.ok) text = paid.edit.text;
    }
    put(path, text);
    index = indexOf(files);
  };
  invoice(harbour, true);
  invoice(clara, false);

  // No report notes: the weekly reports due at `now` are written by the plugin as soon as the
  // vault is opened (or by `client-desk report`), in front of the user, as on every Friday after.

  // A check-in with Clara and a feedback survey for Harbour Goods, from the default templates.
  for (const [client, kind] of [[clara, "checkin"], [harbour, "survey"]] as const) {
    if (!client) continue;
    const tpl = defaultTemplate(kind, client.language);
    const r = renderTemplate(templatePath(s.templatesFolder, kind, client.language), tpl.text, values(client, now));
    if (r.ok) put(datedNotePath(LAYOUT, client.key, kind, day(now, client.timezone, -3)), r.text);
  }

  for (const b of baseFiles(LAYOUT, translator("en"))) put(b.path, b.text);
}
