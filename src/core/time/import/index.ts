// Importing time from Toggl Track and Clockify detailed-report CSV exports (docs/import.md).

export * from "./formats";
export * from "./ids";
export * from "./local-time";
export * from "./plan";
export * from "./preview";
export * from "./messages";
