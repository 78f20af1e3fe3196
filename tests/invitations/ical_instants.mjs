// Print, as JSON, the start and end of every event in the given .ics files as ical.js reads them:
// seconds since 1970 (UTC) for timed events, the date for all-day events.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const instant = (time) => (time.isDate ? time.toString() : time.toUnixTime());
const found = {};
for (const file of process.argv.slice(2)) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  // ical.js knows no time zones of its own: it uses the VTIMEZONE blocks it is given, as calendar clients do.
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  found[file] = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { uid: event.uid, start: instant(event.startDate), end: instant(event.endDate) };
  });
}
console.log(JSON.stringify(found));
