// The demo's four clients, in the order the demo writes them.

import type { DemoClient } from "./people";
import { CLIENTS_EN } from "./clients-en";
import { CLIENTS_VI } from "./clients-vi";

export const DEMO_CLIENTS: readonly DemoClient[] = [...CLIENTS_EN, ...CLIENTS_VI];
