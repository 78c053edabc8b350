/**
 * The field names recognised without configuration, per record field, in order
 * of preference (the first one with a value wins). Names are compared after
 * `normalizeKey`: lower case, `-`, `.` and spaces as `_` (`speaker-name` →
 * `speaker_name`, `datePrague` → `dateprague`). content/README.md lists them for
 * archive maintainers; keep the two in step.
 */
export const FIELD_NAMES = {
  title: ['talk_title', 'title', 'event_name', 'paper', 'headline', 'topic', 'name_of_talk', 'subject'],
  speaker: ['speakers', 'speaker', 'speaker_name', 'speaker_names', 'speaker_names_affiliations', 'presenter', 'presenters', 'presenter_name', 'quem', 'palestrante', 'aluno', 'candidate', 'defender', 'conferencista', 'orateur', 'lecturer', 'lecturers', 'guest', 'who'],
  /** `author` is the speaker of a talk (Jekyll talk posts), the writer of news and profiles. */
  author: ['author', 'authors', 'by', 'writer'],
  editor: ['editor', 'editors', 'posted_by'],
  host: ['host', 'hosts', 'hosted_by', 'hosted', 'invitedby', 'invited_by', 'organizer', 'organizers', 'organiser', 'event_organizer', 'chair', 'moderator', 'convener'],
  /** The person a profile is about (plus first/last and given/family pairs). */
  subject: ['name', 'full_name', 'display_name', 'professional_name', 'person'],
  firstName: ['speaker_first', 'first_name', 'firstname', 'given', 'given_name', 'first'],
  lastName: ['speaker_last', 'last_name', 'lastname', 'family', 'family_name', 'surname', 'last'],
  affiliation: ['speaker_affiliation', 'affiliation', 'affil', 'org', 'organization', 'organisation', 'institution', 'university', 'academic_institution', 'institute', 'company', 'affiliations', 'department'],
  homepage: ['speaker_website', 'speaker_url', 'speaker_homepage', 'speaker_page', 'homepage', 'website', 'webpage', 'personal_page', 'personal_website', 'web', 'site'],
  position: ['position', 'jobtitle', 'job_title', 'role', 'speaker_title', 'general_position', 'status_title'],
  /** The talk's title when `title` only names the speaker (Hugo event pages: `seminar = "…"`). */
  speakerTitle: ['seminar', 'talk_name', 'lecture'],
  /** Event fields (`start`) come before `date`, which static-site generators use for the posting day. */
  date: ['event_date', 'talk_date', 'talk_date_time', 'start_date_time', 'start_datetime', 'event_date_time', 'datetime', 'date_time', 'start', 'start_date', 'startdate', 'date', 'dateprague', 'time', 'when', 'day', 'data', 'dates', 'last_updated', 'event_post_date', 'published_date', 'pubdate'],
  endDate: ['end_date_time', 'end_datetime', 'end'],
  time: ['hour', 'hours', 'start_time', 'talk_time', 'time', 'hora', 'horario', 'heure', 'ora', 'time_start'],
  timeEnd: ['time_end', 'end_time', 'end_hour'],
  location: ['talk_location', 'loc', 'location', 'venue', 'room', 'place', 'onde', 'local', 'lieu', 'luogo', 'where', 'address', 'building'],
  online: ['zoom', 'zoom_link', 'zoom_url', 'talk_zoom', 'meeting', 'meeting_link', 'meeting_url', 'online', 'livestream', 'live_stream', 'stream', 'webex', 'teams', 'zoom_seminar', 'virtual'],
  abstract: ['abstract', 'talk_abstract', 'resumo', 'resume', 'résumé', 'resumen', 'details', 'event_details', 'talk_description'],
  description: ['description', 'desc'],
  summary: ['oneline_description', 'one_line_description', 'summary', 'excerpt', 'teaser', 'subtitle', 'introduction', 'lede', 'tagline', 'blurb'],
  bio: ['bio', 'biography', 'speaker_bio', 'short_bio', 'about', 'bio_text', 'about_me'],
  body: ['content', 'body', 'text', 'message'],
  topics: ['tags', 'categories', 'category', 'keywords', 'topics', 'research_tags', 'research_areas', 'research_area', 'areas', 'area', 'interests', 'research_interests', 'interets_de_recherche', 'expertise', 'subjects', 'speaker_thrust', 'fields', 'series', 'seminar_series'],
  image: ['image', 'photo', 'picture', 'cover', 'featured_image', 'thumbnail', 'speaker_photo', 'speaker_photo_location', 'headshot', 'avatar', 'img', 'pic', 'profilepic', 'image_address'],
  /** Links with a label; any other http(s) value of an unrecognised field is kept too. */
  link: ['video', 'recording', 'youtube', 'youtube_link', 'youtubeembed', 'youtube_embed', 'slides', 'slides_link', 'slides_url', 'pdf', 'paper_url', 'paper_link', 'external_url', 'event_url', 'event_page', 'more_info_link', 'url', 'link', 'rsvp_link', 'registration', 'code', 'poster'],
  /** True-ish flags that mark a placeholder week. */
  placeholderFlag: ['no_seminar', 'cancelled', 'canceled', 'tbd_speakers', 'tba'],
} as const;

/** A record field with recognised source names. */
export type FieldName = keyof typeof FIELD_NAMES;

/** Link labels by field name; others are labelled with the link's host name. */
export const LINK_LABELS: Record<string, string> = {
  video: 'Video', recording: 'Recording', youtube: 'Video', youtube_link: 'Video', youtubeembed: 'Video', youtube_embed: 'Video',
  slides: 'Slides', slides_link: 'Slides', slides_url: 'Slides', pdf: 'PDF', paper_url: 'Paper', paper_link: 'Paper',
  code: 'Code', poster: 'Poster', rsvp_link: 'RSVP', registration: 'Registration',
  scholar: 'Google Scholar', linkedin: 'LinkedIn', github: 'GitHub', twitter: 'Twitter', orcid: 'ORCID',
};

/** Fields whose URLs are never kept as links (site plumbing, images, calendars). */
export const IGNORED_URL_FIELDS = new Set(['calendar_link', 'permalink', 'redirect', 'redirect_to', 'aliases', 'layout', 'legacy_urls', 'technical_embed_link', 'cite', 'sources']);
