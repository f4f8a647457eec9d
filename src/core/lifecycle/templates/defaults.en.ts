// The English templates the plugin writes into the templates folder when one is missing. The user
// edits them there; placeholders are listed in docs/vault-format.md ("Templates").

import type { DefaultTemplate, TemplateKind } from "./kinds";

export const TEMPLATES_EN: Record<TemplateKind, DefaultTemplate> = {
  intake: {
    title: "Intake checklist",
    text: `---
type: intake
client: "[[{{client.key}}]]"
created: {{today}}
---
# Intake checklist: {{client.name}}

- [ ] Discovery call held and notes written
- [ ] Service agreement sent
- [ ] Service agreement signed
- [ ] Deposit or first invoice paid
- [ ] Welcome packet sent
- [ ] Access to tools and accounts received (email, calendar, drive, social media)
- [ ] Passwords shared through a password manager, never by chat
- [ ] Main contact and backup contact confirmed ({{client.contact}} {{client.email}})
- [ ] Channels agreed: {{client.channel_formal}} for formal messages, {{client.channel_quick}} for quick questions, {{client.channel_meetings}} for meetings
- [ ] First weekly report day agreed ({{client.report_day}})
- [ ] First tasks written down in Tasks/
`,
  },
  agreement: {
    title: "Service agreement",
    text: `---
type: agreement
client: "[[{{client.key}}]]"
created: {{today}}
status: draft
---
# Service agreement: {{client.name}}

Date: {{today}}

## Scope
What I will do for {{client.name}}:

-

What is not included:

-

## Deliverables
-

## Timeline
- Start date:
- Working hours: my hours are {{working_hours_local}} in your time zone ({{client.timezone}})
- Reply time: within {{client.response_hours}} hours on working days

## Payment terms
- Billing: {{client.billing}}, {{client.rate}} {{client.currency}}
- Invoices are due {{client.payment_terms}} days after the invoice date.

## Confidentiality
I keep every document, account and piece of information you share private, during and after
this agreement, and use it only for the work described here.

## Termination
Either side may end this agreement with 14 days' written notice. Work done up to the end date is
invoiced; access to your accounts is handed back on the last day.

Signed:

- {{client.name}}:
- Me:
`,
  },
  discovery: {
    title: "Discovery call",
    text: `---
type: discovery-call
client: "[[{{client.key}}]]"
date: {{today}}
---
# Discovery call: {{client.name}}

Date: {{today}}, meeting on {{client.channel_meetings}}

## About the business
-

## What takes their time today
-

## What they want to hand over first
-

## Tools they use
-

## Budget and billing
-

## Next steps
- [ ] Send the service agreement
`,
  },
  welcome: {
    title: "Welcome packet",
    text: `---
type: welcome-packet
client: "[[{{client.key}}]]"
created: {{today}}
---
# Welcome, {{client.name}}

I am glad to work with you. This page says how we work together.

## How to send requests
Send each request with what is needed, the deadline and anything I should read first.
One request per message makes it easy to track.

## Channels
- Formal messages and documents: {{client.channel_formal}}
- Quick questions: {{client.channel_quick}}
- Meetings: {{client.channel_meetings}}

## Response times
I answer within {{client.response_hours}} hours on my working days.

## Working hours
My working hours are {{working_hours_local}} in your time zone ({{client.timezone}}).
Your working hours, as I have them: {{working_hours}} on {{working_days}}.

## Reports and check-ins
You get a short report every {{client.report_day}}, and we check in every {{client.checkin_days}} days.
`,
  },
  checkin: {
    title: "Check-in",
    text: `---
type: check-in
client: "[[{{client.key}}]]"
date: {{today}}
---
# Check-in with {{client.name}}, {{today}}

## What went well
-

## What could be better
-

## Priorities for the next weeks
-

## Follow-ups
- [ ]
`,
  },
  survey: {
    title: "Feedback survey",
    text: `---
type: feedback-survey
client: "[[{{client.key}}]]"
date: {{today}}
---
# Feedback from {{client.name}}, {{today}}

1. How satisfied are you with the work overall (1–5)?
2. Were replies quick enough for you?
3. What should I keep doing?
4. What should I change?
5. Would you recommend my services to someone else?

## Answers
-
`,
  },
};
