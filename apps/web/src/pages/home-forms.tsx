// The two things a chair or the secretariat starts from home: a meeting on the calendar, and a
// written procedure. Times are typed as wall-clock times in the organisation's time zone.
import { useState, type FormEvent } from 'react';
import { request } from '../api/client.js';
import { useAction } from '../api/use-action.js';
import { Refusal, StatusNote } from '../components/feedback.js';
import { SelectField, TextArea, TextField } from '../components/fields.js';
import { instantToZoned, zonedToInstant } from '../format.js';
import type { MeetingKind } from '../gql/graphql.js';
import { m } from '../messages.js';
import { navigate } from '../router.js';
import { ScheduleMeeting, StartWrittenProcedure } from './home-queries.js';

interface BodyOption {
  id: string;
  name: string;
}

const inHours = (h: number, tz: string) => instantToZoned(new Date(Math.ceil(Date.now() / 3600000 + h) * 3600000), tz);

export function ScheduleMeetingForm({
  bodies,
  timeZone,
  onDone,
}: {
  bodies: BodyOption[];
  timeZone: string;
  onDone: () => void;
}) {
  const [f, setF] = useState({
    bodyId: bodies[0]?.id ?? '',
    title: '',
    kind: 'REGULAR' as MeetingKind,
    startsAt: inHours(24, timeZone),
    endsAt: inHours(26, timeZone),
    location: '',
  });
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const { scheduleMeeting } = await request(ScheduleMeeting, {
        input: {
          bodyId: f.bodyId,
          title: f.title,
          kind: f.kind,
          startsAt: zonedToInstant(f.startsAt, timeZone) ?? f.startsAt,
          endsAt: zonedToInstant(f.endsAt, timeZone) ?? f.endsAt,
          location: f.location || null,
        },
      });
      onDone();
      navigate(`/meetings/${scheduleMeeting.id}`);
      return m.schedule.done(scheduleMeeting.title);
    });
  };
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{m.schedule.title}</h2>
      <SelectField label={m.schedule.body} value={f.bodyId} onChange={(v) => setF({ ...f, bodyId: v })} required>
        {bodies.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={m.schedule.meetingTitle}
        value={f.title}
        onChange={(v) => setF({ ...f, title: v })}
        required
        maxLength={200}
      />
      <SelectField label={m.schedule.kind} value={f.kind} onChange={(v) => setF({ ...f, kind: v as MeetingKind })}>
        {(Object.keys(m.words.meetingKind) as MeetingKind[]).map((k) => (
          <option key={k} value={k}>
            {m.words.meetingKind[k]}
          </option>
        ))}
      </SelectField>
      <TextField
        label={m.schedule.startsAt}
        type="datetime-local"
        hint={m.schedule.zoneHint(timeZone)}
        value={f.startsAt}
        onChange={(v) => setF({ ...f, startsAt: v })}
        required
      />
      <TextField
        label={m.schedule.endsAt}
        type="datetime-local"
        value={f.endsAt}
        onChange={(v) => setF({ ...f, endsAt: v })}
        required
      />
      <TextField label={m.schedule.location} value={f.location} onChange={(v) => setF({ ...f, location: v })} />
      <Refusal error={action.error} />
      <StatusNote text={action.done} />
      <button type="submit" disabled={action.busy}>
        {m.schedule.submit}
      </button>
    </form>
  );
}

export function WrittenProcedureForm({ bodies, timeZone }: { bodies: BodyOption[]; timeZone: string }) {
  const [f, setF] = useState({
    bodyId: bodies[0]?.id ?? '',
    title: '',
    text: '',
    deadline: inHours(24 * 14, timeZone),
  });
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run(async () => {
      const { startWrittenProcedure } = await request(StartWrittenProcedure, {
        input: {
          bodyId: f.bodyId,
          title: f.title,
          text: f.text,
          deadline: zonedToInstant(f.deadline, timeZone) ?? f.deadline,
        },
      });
      navigate(`/proposals/${startWrittenProcedure.id}`);
    });
  };
  return (
    <form onSubmit={submit} className="stack" aria-labelledby="written-title">
      <h2 id="written-title">{m.written.title}</h2>
      <SelectField label={m.written.body} value={f.bodyId} onChange={(v) => setF({ ...f, bodyId: v })} required>
        {bodies.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </SelectField>
      <TextField
        label={m.written.proposalTitle}
        value={f.title}
        onChange={(v) => setF({ ...f, title: v })}
        required
        maxLength={200}
      />
      <TextArea label={m.written.text} value={f.text} onChange={(v) => setF({ ...f, text: v })} required rows={6} />
      <TextField
        label={m.written.deadline}
        type="datetime-local"
        hint={m.schedule.zoneHint(timeZone)}
        value={f.deadline}
        onChange={(v) => setF({ ...f, deadline: v })}
        required
      />
      <Refusal error={action.error} />
      <button type="submit" disabled={action.busy}>
        {m.written.submit}
      </button>
    </form>
  );
}
