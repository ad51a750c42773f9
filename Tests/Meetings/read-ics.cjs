// Reads an iCalendar file with ical.js (Mozilla's parser, independent of Ical.Net) as a calendar client would: its
// VTIMEZONEs registered, each event's times resolved through them to UTC.
// Usage: node read-ics.cjs <node_modules dir> <file.ics>
// Prints one JSON object: { "timezones": [{ "tzid", "parts": ["standard", "daylight", ...] }],
//   "events": [{ "uid", "summary", "location", "description", "status", "sequence", "start", "end", "recurrenceId" }] }
// with the times as UTC ISO strings; an error is printed to stderr and exits non-zero.
const path = require('path');
const fs = require('fs');
const ICAL = require(path.join(process.argv[2], 'ical.js')).default;

const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[3], 'utf8')));
if (calendar.name !== 'vcalendar') {
  throw new Error(`not a VCALENDAR but ${calendar.name}`);
}

const timezones = calendar.getAllSubcomponents('vtimezone').map(zone => {
  // Only the file's own rules: a zone ical.js knew of itself would hide an empty VTIMEZONE.
  ICAL.TimezoneService.register(zone);
  return { tzid: zone.getFirstPropertyValue('tzid'), parts: zone.getAllSubcomponents().map(part => part.name) };
});

const utc = time => (time ? time.toJSDate().toISOString() : null);
const events = calendar.getAllSubcomponents('vevent').map(component => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    location: event.location,
    description: event.description,
    status: component.getFirstPropertyValue('status'),
    sequence: event.sequence,
    start: utc(event.startDate),
    end: utc(event.endDate),
    recurrenceId: utc(event.recurrenceId),
  };
});

process.stdout.write(JSON.stringify({ timezones, events }));
