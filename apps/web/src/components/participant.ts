// How a participant is named on every page: "Botswana (BW)".
import { m } from '../messages.js';

export const participantName = (p: { name: string; code: string }) => m.app.participantLabel(p.name, p.code);
export const participantNames = (ps: readonly { name: string; code: string }[]) =>
  ps.length === 0 ? m.app.none : m.app.list(ps.map(participantName));
