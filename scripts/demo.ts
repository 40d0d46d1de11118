// `npm run demo`: plays the Kimberley Process's 2022 (scripts/story/kp-2022.ts) against a running
// Concord started with the demo data (`npm start`), narrating each step in one line of plain English.
// It uses the seeded participants, bodies and chair terms, signs in as the demo users, adds its own
// meetings and proposals (titles carry a per-run suffix), and can run again on the same database.
//
//   node dist/scripts/demo.js [url]        (default: $CONCORD_URL, else http://localhost:3000)
import { randomBytes } from 'node:crypto';
import { act, Kp2022Story, loadDirectory, OPS, StoryError, type StoryCast } from './story/kp-2022.js';
import { HttpStoryClient, type StoryClient } from './story/story-client.js';

const DEMO_PASSWORD = 'concord-demo';

function line(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** A weekday of 2022 on which `bodyId` has no meeting yet: `preferred`, or the next one free. */
async function freeDayIn2022(client: StoryClient, bodyId: string, preferred: string): Promise<string> {
  const taken = new Set<string>();
  const data = await act<{ meetings: { edges: { node: { startsAt: string } }[] } }>(
    client,
    "the secretariat's meetings query for 2022",
    OPS.meetingsOfBody,
    { bodyId, from: '2022-01-01T00:00:00.000Z', to: '2023-01-01T00:00:00.000Z', first: 500 },
  );
  for (const e of data.meetings.edges) taken.add(e.node.startsAt.slice(0, 10));
  const jan1 = Date.UTC(2022, 0, 1);
  const first = Math.round((Date.parse(`${preferred}T00:00:00Z`) - jan1) / 86_400_000);
  for (let i = 0; i < 365; i++) {
    // Walk forward from the preferred day, wrapping round to January, and skip weekends.
    const day = new Date(jan1 + ((first + i) % 365) * 86_400_000);
    const iso = day.toISOString().slice(0, 10);
    if (day.getUTCDay() === 0 || day.getUTCDay() === 6 || taken.has(iso)) continue;
    taken.add(iso);
    return iso;
  }
  // Every weekday of 2022 already has a meeting of this body: share the preferred one.
  return preferred;
}

async function main(): Promise<void> {
  const baseUrl = (process.argv[2] ?? process.env.CONCORD_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  const anonymous = new HttpStoryClient(`${baseUrl}/graphql`);
  const signedIn = new Map<string, Promise<HttpStoryClient>>();
  const signIn = (email: string) => {
    let client = signedIn.get(email);
    if (!client) {
      client = anonymous.signIn(email, DEMO_PASSWORD).catch((e: Error) => {
        throw new StoryError(
          `signing in as ${email} failed: ${e.message.split('\n')[0]}. ` +
            'Is this server running with the demo data (npm start, CONCORD_SEED=demo)?',
        );
      });
      signedIn.set(email, client);
    }
    return client;
  };
  const cast: StoryCast = {
    secretariat: () => signIn('secretariat@kp.example'),
    delegate: (code) => signIn(`${code.toLowerCase()}@kp.example`),
    anonymous,
    baseUrl,
  };

  line(`Concord demo: the Kimberley Process's 2022, played against ${baseUrl}`);
  const secretariat = await cast.secretariat();
  const dir = await loadDirectory(secretariat);
  for (const code of ['PLEN', 'PC', 'RPC']) {
    if (!dir.bodies.has(code))
      throw new StoryError(`the organisation ${dir.orgCode} has no body ${code}: start the server with the demo data.`);
  }
  for (const code of ['US', 'GB', 'RU', 'BW', 'CSC']) {
    if (!dir.participants.has(code))
      throw new StoryError(
        `the organisation ${dir.orgCode} has no participant ${code}: start the server with the demo data.`,
      );
  }

  // Fresh days in 2022 for this run's meetings, so runs do not pile meetings onto one day.
  const runId = randomBytes(2).toString('hex');
  const dates = {
    pc: await freeDayIn2022(secretariat, dir.bodies.get('PC')!.id, '2022-06-20'),
    rpc: await freeDayIn2022(secretariat, dir.bodies.get('RPC')!.id, '2022-06-21'),
    plenary: await freeDayIn2022(secretariat, dir.bodies.get('PLEN')!.id, '2022-11-08'),
  };

  let step = 0;
  const story = new Kp2022Story(cast, dir, {
    suffix: `(demo run ${runId})`,
    dates,
    reuseBoycotts: true,
    writtenDeadlineMs: 4000,
    // docs/rules.md: a written procedure closes itself within 5 seconds of its deadline.
    adoptionTimeoutMs: 15_000,
    narrate: (text) => line(`${String(++step).padStart(2, ' ')}. ${text}`),
  });

  const chairs = await story.chairsOf2022();
  if (chairs.PLEN !== 'BW' || chairs.PC !== 'RU' || chairs.RPC !== 'RU') {
    throw new StoryError(
      `the seeded chairs of 2022 are not the demo's (PLEN ${chairs.PLEN}, PC ${chairs.PC}, RPC ${chairs.RPC}).`,
    );
  }
  await story.declareBoycotts();
  await story.answerBoycotts();
  await story.scheduleCommitteeMeetings();
  await story.openCommitteeMeeting();
  await story.recordCommitteeAttendance();
  await story.tableCommitteeProposal();
  await story.committeeMembersSupport();
  await story.closeCommitteeProposal();
  await story.adjournCommitteeMeeting();
  await story.cscRequestsPlenary();
  await story.chairAcceptsRequest();
  await story.openPlenary();
  await story.tablePlenaryProposal();
  await story.observerTriesToTakePosition();
  await story.plenaryPositions();
  await story.closePlenaryProposal();
  await story.adjournPlenary();
  await story.startWrittenProcedure();
  await story.awaitWrittenAdoption();
  await story.publishRecords();
  await story.verifyChain();
  await story.issueCorrigendum();
  await story.verifyChain();
  await story.publicReadsRecords();

  line('');
  line('Published records:');
  for (const record of story.published) {
    line(
      `  ${record.number}  ${record.outcome.padEnd(11)}  ${baseUrl}/records/${encodeURIComponent(record.number!)}.pdf`,
    );
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    const message = e instanceof StoryError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`\nThe demo stopped: ${message}\n`);
    process.exit(1);
  },
);
