/**
 * The timeline file format, version 1, as a valibot schema: the source of truth for the input
 * shapes in `types.ts` and for the published JSON Schema (`data/timeline.schema.json`, built by
 * `src/cli/schema.ts`), whose titles and descriptions editors show while a reporter types.
 *
 * The schema checks shapes only: types, required and unknown keys, id spelling, colours.
 * Everything that needs more than one value or a parser — dates, references, uniqueness, plain
 * text, URLs, locales — is checked in `timeline-rules.ts`, so that each mistake is reported
 * once, in words about that mistake. `v.metadata` adds JSON-Schema-only hints (date and URL patterns)
 * that valibot itself does not enforce.
 *
 * Optional text may be an empty string: it is treated as absent (spreadsheet exports write "").
 */
import * as v from 'valibot';
import { MediaSchema } from './media-schema';
import { optionalText, requiredText } from './schema-text';

export { MediaSchema };

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const ID_MAX_LENGTH = 100;
const ID_RULE = 'letters A–Z, digits, "-" and "_", starting with a letter or digit';

/** The date forms as a JSON Schema pattern; `parsePartialDate` does the real checking. */
const DATE_PATTERN =
  '^(\\d{4}|-\\d{4,11})(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?$';

function idSchema(what: string, description: string) {
  return v.pipe(
    v.string(),
    v.regex(ID_PATTERN, `${what} may only use ${ID_RULE}`),
    v.maxLength(ID_MAX_LENGTH, `${what} is too long: at most ${ID_MAX_LENGTH} characters`),
    v.description(`${description} URL-safe: ${ID_RULE}; at most ${ID_MAX_LENGTH} characters.`),
  );
}

function dateSchema(description: string) {
  return v.pipe(
    v.string(),
    v.description(
      `${description} ISO 8601 with honest precision: "2023", "2023-01", "2023-02-21", or a ` +
        `time with its UTC offset, "2023-02-21T14:30+01:00" or "2023-02-21T13:30Z". ` +
        `Years before 1 AD as ISO 8601 expanded years, year 0000 being 1 BC: "-0043-03-15" ` +
        `(15 March 44 BC), "-13800000000" (13.8 billion years ago; year only).`,
    ),
    v.examples(['2023', '2023-01', '2023-02-21', '2023-02-21T14:30+01:00']),
    v.metadata({ pattern: DATE_PATTERN }),
  );
}

function refSchema(description: string) {
  return v.pipe(v.string(), v.description(description));
}

export const SourceSchema = v.pipe(
  v.strictObject({
    outlet: optionalText('The publication or broadcaster, e.g. "ABC", "The Hill".', ['CBS News']),
    programme: optionalText('A programme or section, e.g. "This Week".', ['This Week']),
    title: optionalText('The headline or title of the piece.'),
    author: optionalText('Who wrote or presented it.'),
    date: v.optional(dateSchema('When it was published or broadcast.')),
    url: v.optional(
      v.pipe(
        v.string(),
        v.description('A link to it: a full http:// or https:// address.'),
        v.metadata({ format: 'uri', pattern: '^https?://' }),
      ),
    ),
  }),
  v.title('Source'),
  v.description(
    'Where something was published or said. Give at least an outlet, a title or a url.',
  ),
  v.metadata({
    anyOf: [{ required: ['outlet'] }, { required: ['title'] }, { required: ['url'] }],
  }),
);

export const PersonSchema = v.pipe(
  v.strictObject({
    name: requiredText('the name', 'Full name as readers should see it.', ['Jens Stoltenberg']),
    role: optionalText('Role at the time of the events.', ['NATO Secretary-General']),
    group: v.optional(refSchema('The person\'s group: a key of "groups".')),
  }),
  v.title('Person'),
  v.description('Someone who appears in events or is quoted. Referred to by their key.'),
);

function colorSchema(description: string) {
  return v.optional(
    v.pipe(
      v.string(),
      v.regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is written #rrggbb, e.g. #1f77b4'),
      v.description(description),
      v.examples(['#1f77b4']),
    ),
  );
}

export const GroupSchema = v.pipe(
  v.strictObject({
    label: requiredText('the label', 'Name shown in the legend and on the lane.', ['NATO']),
    color: colorSchema('Lane colour as #rrggbb. Optional: themes supply defaults.'),
  }),
  v.title('Group'),
  v.description('A lane, colour and legend entry: a country, an organisation, a side.'),
);

export const QuoteSchema = v.pipe(
  v.strictObject({
    text: requiredText(
      'the quote text',
      'The words, verbatim, as plain text (never HTML). Line breaks as \\n.',
    ),
    by: refSchema('Who said it: a key of "people".'),
    source: v.optional(SourceSchema),
    via: v.optional(SourceSchema),
    context: optionalText('The occasion, e.g. "opening remarks at a joint news conference".'),
    date: v.optional(dateSchema("When the words were said, if not on the event's date.")),
  }),
  v.title('Quote'),
  v.description('Words someone said, attributed to a person and, ideally, a source.'),
);

export const EventSchema = v.pipe(
  v.strictObject({
    id: idSchema('an event id', 'Stable and unique: used in links (#id) and embeds.'),
    date: dateSchema('When it happened (or began).'),
    end: v.optional(dateSchema('When it ended, for events that last; not before "date".')),
    approximate: v.optional(
      v.pipe(
        v.boolean(),
        v.description('The date is approximate: shown as "c. 1850", drawn with uncertain ends.'),
      ),
    ),
    title: requiredText('the title', 'A short headline for the event.'),
    summary: optionalText('A sentence or two on what happened. Plain text.'),
    place: optionalText('Where it happened, e.g. "Brussels".', ['Brussels']),
    people: v.optional(
      v.pipe(
        v.array(refSchema('A key of "people".')),
        v.description('Who took part: keys of "people".'),
      ),
    ),
    groups: v.optional(
      v.pipe(
        v.array(refSchema('A key of "groups".')),
        v.description(
          'Keys of "groups" the event concerns, in addition to the groups of the people taking part and quoted (whose first group picks the lane).',
        ),
      ),
    ),
    quotes: v.optional(
      v.pipe(v.array(QuoteSchema), v.description('What was said, in the order to show it.')),
    ),
    sources: v.optional(
      v.pipe(v.array(SourceSchema), v.description('Where the event was reported.')),
    ),
    note: optionalText('An editorial note, e.g. how the date was inferred.'),
    media: v.optional(MediaSchema),
  }),
  v.title('Event'),
  v.description('Something that happened, with its date, people and quotes.'),
);

export const PeriodSchema = v.pipe(
  v.strictObject({
    id: idSchema('a period id', 'Stable and unique among the periods.'),
    label: requiredText('the label', 'Name shown on the band, e.g. "Second term".', [
      'Second term',
    ]),
    date: dateSchema('When the period began.'),
    end: dateSchema('When it ended (inclusive of that day, month or year); not before "date".'),
    group: v.optional(refSchema('The group the period belongs to: a key of "groups".')),
    color: colorSchema("Band colour as #rrggbb. Default: its group's colour, else a neutral tint."),
  }),
  v.title('Period'),
  v.description(
    'A span of time drawn as a labelled band behind the events: an era, a term of office, a conference. Periods may overlap.',
  ),
);

export const TimelineSchema = v.pipe(
  v.strictObject({
    $schema: v.optional(
      v.pipe(v.string(), v.description('The JSON Schema this file follows, for editors.')),
    ),
    version: v.pipe(v.literal(1), v.description('The version of this format. Always 1 for now.')),
    title: requiredText('the title', 'The title of the timeline.'),
    summary: optionalText('A sentence or two introducing the timeline. Plain text.'),
    locale: v.optional(
      v.pipe(
        v.string(),
        v.description('BCP 47 language tag for dates and interface text. Default "en".'),
        v.examples(['en', 'en-US', 'en-GB', 'de-DE']),
      ),
    ),
    source: v.optional(SourceSchema),
    note: optionalText(
      'An editorial note shown with the timeline, e.g. which years were inferred.',
    ),
    media: v.optional(MediaSchema),
    people: v.optional(
      v.pipe(
        v.record(
          idSchema('a person key', 'Used to refer to the person from events and quotes.'),
          PersonSchema,
        ),
        v.description('Everyone who appears, keyed by a short id, e.g. "stoltenberg".'),
      ),
    ),
    groups: v.optional(
      v.pipe(
        v.record(
          idSchema('a group key', 'Used to refer to the group from people and events.'),
          GroupSchema,
        ),
        v.description('Lanes, colours and legend entries, keyed by a short id, e.g. "nato".'),
      ),
    ),
    periods: v.optional(
      v.pipe(
        v.array(PeriodSchema),
        v.description('Spans of time drawn as labelled bands behind the events; may overlap.'),
      ),
    ),
    events: v.pipe(
      v.array(EventSchema),
      v.minLength(1, 'the timeline has no events'),
      v.description('Everything that happened, in any order: the timeline sorts them by date.'),
    ),
  }),
  v.title('Dateline timeline'),
  v.description(
    'A timeline of dated news events and the quotes that go with them (Dateline format v1).',
  ),
);

/** The keys each kind of object allows, for "did you mean" on unknown keys. */
export const KNOWN_KEYS = {
  timeline: Object.keys(TimelineSchema.entries),
  source: Object.keys(SourceSchema.entries),
  person: Object.keys(PersonSchema.entries),
  group: Object.keys(GroupSchema.entries),
  quote: Object.keys(QuoteSchema.entries),
  event: Object.keys(EventSchema.entries),
  period: Object.keys(PeriodSchema.entries),
  media: Object.keys(MediaSchema.entries),
} as const;
