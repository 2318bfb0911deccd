// The version of the letter parser whose output is stored. Bump it whenever a
// parser change alters records, so letters saved by an older parser can be
// found (and re-parsed from the user's files) instead of silently mixing.
export const PARSER_VERSION = 1;
