// A written procedure's deadline, counting down. role="timer" keeps screen readers from reading
// every tick; the deadline itself is stated in words beside it.
import { useEffect, useState } from 'react';
import { formatDateTime, formatDuration } from '../format.js';
import { m } from '../messages.js';

export function Countdown({ deadline, timeZone }: { deadline: string; timeZone: string }) {
  const end = new Date(deadline).getTime();
  const [now, setNow] = useState(() => Date.now());
  const left = end - now;
  useEffect(() => {
    if (left <= 0) return undefined;
    // Each second in the last hour, else each half-minute.
    const timer = setTimeout(() => setNow(Date.now()), left < 3600000 ? 1000 - (now % 1000) : 30000);
    return () => clearTimeout(timer);
  }, [now, left]);
  return (
    <p className="countdown">
      <time dateTime={deadline}>{formatDateTime(deadline, timeZone)}</time>{' '}
      <span role="timer" className={left <= 0 ? 'passed' : undefined}>
        {left > 0 ? m.time.countdown(formatDuration(left)) : m.time.deadlinePassed}
      </span>
    </p>
  );
}
