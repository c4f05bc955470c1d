// Caps that keep scoring bounded in time and memory whatever arrives.
// Everything past a cap is not parsed; the engine says so with the zero-score
// symbol SCAN_TRUNCATED so the verdict shows the message was only partly read.

/** bytes of the raw message handed to the MIME parser */
export const MAX_PARSE_BYTES = 1024 * 1024
/** bytes of a header block the MIME parser accepts (per part); a larger block is cut down first (HEADER_OVERSIZED) */
export const MAX_HEADER_BYTES = 256 * 1024
/** bytes of one header field (with its continuation lines) the MIME parser is given; a longer one is cut (HEADER_OVERSIZED) */
export const MAX_HEADER_FIELD_BYTES = 64 * 1024
/** of a header block over MAX_HEADER_BYTES: the bytes of fields kept in order, each cut to MAX_FIELD_IN_CUT_BLOCK (the first From, To, Subject, Content-Type, ... are kept whatever their place) */
export const MAX_CUT_BLOCK_BYTES = 128 * 1024
export const MAX_FIELD_IN_CUT_BLOCK = 4 * 1024
/** bytes searched for the end of an oversized top-level header block (the body after it is then parsed) */
export const MAX_HEADER_SCAN_BYTES = 8 * 1024 * 1024
/** multipart nesting the MIME parser follows before giving up */
export const MAX_MIME_DEPTH = 32
/** characters of decoded text (plain text, or HTML once stripped) read by body rules and the tokeniser */
export const MAX_TEXT_CHARS = 128 * 1024
/** characters of HTML source stripped to text and scanned for links */
export const MAX_HTML_CHARS = 512 * 1024
/** links examined by the URI rules */
export const MAX_LINKS = 500
/** distinct tokens the classifier looks at per message */
export const MAX_TOKENS = 5000
/** bytes beyond MAX_PARSE_BYTES still searched (cheaply, without parsing) for attachment file names */
export const MAX_NAME_SCAN_BYTES = 64 * 1024 * 1024
/** MIME parts handed to the parser; the message is cut before the next delimiter (postal-mime slows quadratically with part count) */
export const MAX_PARTS = 200
/** characters of one header value (Date, Message-ID, X-Mailer, To, the From display name) a header rule reads */
export const MAX_RULE_HEADER_CHARS = 1000
/** characters of the subject the subject rules read (from its start; SUBJECT_ENDS_IN_ID reads its end) */
export const MAX_RULE_SUBJECT_CHARS = 1000
/** characters of one link (href or URL in text) the URI rules and the tokeniser read */
export const MAX_URL_CHARS = 2000
