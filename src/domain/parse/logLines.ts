/**
 * Lines of a log pasted under a request: "2027-08-05T06:12:44.118Z ERROR ingest.batch dup_ratio=0.97",
 * "[2027-08-03T22:31:07Z] sdk-python 3.0.0 flush() retry storm started". Their instants say when
 * something was seen, not which days to delete: read as times, they asked about the hours of a day the
 * request never named. An instant to the second opening a line is a log's when it is bracketed (and no
 * range mark follows), or followed by a level written as logs write it (in capitals). What follows may
 * be blanked already (a source's name is, for the date reader), so any word will do. Pure.
 */
const INSTANT = String.raw`\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2}|[^\S\n]?UTC)?`;
const LEVEL = String.raw`\[?(?:ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE|FATAL|CRITICAL)\]?(?![\p{L}\d])`;
/** The instant opening a log line (group 1), bracketed or before a level; what follows is not read. */
export const LOG_LINE_INSTANT = new RegExp(String.raw`(?<=^[^\S\n]*)(\[${INSTANT}\](?=[^\S\n]+(?![-–—~]|(?:to|until|till|through|bis|au|al|a)(?![\p{L}]))\S)|${INSTANT}(?=[^\S\n]+${LEVEL}))`, 'gmu');
