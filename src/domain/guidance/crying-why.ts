import type { Why } from "./crying.js";

/**
 * The English words for a crying reason's `why`, for API consumers. The web phrases the same codes and
 * values itself, in the reader's language; this is the plain fallback. Short, warm, never a verdict.
 */

/** "45 min", "3 h", "3 h 40 min". */
export function duration(minutes: number): string {
  const m = Math.max(0, Math.floor(minutes));
  if (m < 60) return `${m} min`;
  const h = Math.floor(m / 60);
  const rest = m % 60;
  return rest ? `${h} h ${rest} min` : `${h} h`;
}

/** "2–3 h" when both ends are whole hours, otherwise "35–60 min" or "1 h 15 min–2 h". */
function span(from: number, to: number): string {
  if (from % 60 === 0 && to % 60 === 0) return `${from / 60}–${to / 60} h`;
  if (to < 60) return `${from}–${to} min`;
  return `${duration(from)}–${duration(to)}`;
}

const v = (why: Why, name: string) => why.values[name] ?? 0;

export function whyText(why: Why): string {
  switch (why.code) {
    case "last_feed":
      return `last feed ${duration(v(why, "minutes"))} ago; at this age feeds often come every ${span(
        v(why, "usualFromMinutes"),
        v(why, "usualToMinutes"),
      )}`;
    case "feeding_now":
      return "a feed is going on now";
    case "no_feed_logged":
      return `no feed logged in the last ${v(why, "hours")} h, so hunger is worth ruling out first`;
    case "last_diaper":
      return `last diaper change ${duration(v(why, "minutes"))} ago`;
    case "no_diaper_logged":
      return `no diaper change logged in the last ${v(why, "hours")} h`;
    case "awake_for": {
      const awake = `awake for ${duration(v(why, "minutes"))}; many babies this age are ready to sleep after about ${span(
        v(why, "windowFromMinutes"),
        v(why, "windowToMinutes"),
      )} (a loose guide)`;
      if (why.values.sleptMinutes === undefined) return awake;
      return `${awake}; ${duration(v(why, "sleptMinutes"))} of sleep logged in the last 24 h, where ${v(
        why,
        "usualLowHours",
      )} h or more is usual`;
    }
    case "sleep_running":
      return "a sleep is still running in the log: maybe just woken";
    case "no_sleep_logged":
      return `no sleep logged in the last ${v(why, "hours")} h`;
    case "busy_time":
      return `${duration(v(why, "minutes"))} of play, bath, outings or visits in the last ${v(why, "hours")} h`;
    case "quiet_time":
      return `a quiet last ${v(why, "hours")} h`;
    case "always_welcome":
      return "babies often cry just to be close to someone; holding them is always OK";
    case "recent_feed":
      return `fed ${duration(v(why, "minutes"))} ago: swallowed air can bother a baby after a feed`;
    case "check_comfort":
      return "too warm, too cold, tight clothes or wind can all bother a baby";
    case "crying_peak_age":
      return `at ${v(why, "weeks")} weeks (corrected) babies are in the months when crying normally peaks (about 2 weeks to 4 months)${
        v(why, "evening") ? ", and late afternoon and evening is when they cry most" : ""
      }; this crying is normal and it passes`;
    case "temperature":
      return `a temperature of ${v(why, "celsius")} °C was logged ${duration(v(why, "minutes"))} ago`;
  }
}
