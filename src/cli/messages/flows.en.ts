// English messages of the command line for the guide's workflows: packages, the review step,
// meeting slots and the lifecycle's writes (contacts, check-ins, surveys, workflows, task status).
export const cliFlowsEn = {
  "cli.usage.flows": [
    "  package new --vault DIR --name NAME --price N [--currency CODE] --deliverable TEXT (repeatable)",
    "             [--done-when TEXT] [--recurring once|monthly]",
    "                             Create a service package note in the packages folder.",
    "  package list --vault DIR   The service packages, their price, terms and deliverables.",
  ].join("\n"),
  "flows.cli.package-action": "package needs new or list, not “{value}”.",
  "flows.cli.no-packages": "No service packages.",
  "flows.cli.package-unknown": "No service package “{value}” in {folder}.",
};
