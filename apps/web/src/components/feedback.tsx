// How pages report: refusals in a role="alert" element (read out at once), confirmations in a
// polite role="status" region that is always present so that its changes are announced, and a
// loading line.
import { refusalText } from '../api/errors.js';
import { m } from '../messages.js';

export function Refusal({ error, during }: { error: unknown; during?: 'sign-in' | 'other' }) {
  if (error === undefined || error === null) return null;
  return (
    <p role="alert" className="alert">
      {refusalText(error, during)}
    </p>
  );
}

export function StatusNote({ text, quiet }: { text: string | null; quiet?: boolean }) {
  return (
    <p role="status" className={`status${text ? '' : ' empty'}${quiet ? ' quiet' : ''}`}>
      {text ?? ''}
    </p>
  );
}

export function Loading() {
  return (
    <p role="status" className="loading">
      {m.app.loading}
    </p>
  );
}
