#ifndef CICUSHIM_H
#define CICUSHIM_H

// Stable, version-independent wrappers around the few ICU C calls StoryDiff uses.
//
// ICU renames every C function with its major version (`ubrk_open` is `ubrk_open_72`) through
// macros Swift cannot import. These wrappers have fixed `cicu_` names. They hold no state: every
// ICU handle is opened and closed inside one call. Buffers are caller-owned; a wrapper returns a
// count or length (which may exceed the capacity given, meaning "call again with more room"), and
// reports ICU's status code through `status` (0 is success, negative is a warning, positive is an
// error, as in ICU's `UErrorCode`).

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// UTF-16 code unit, the same width as ICU's `UChar`.
typedef uint16_t cicu_uchar;

/// The status ICU returns when an output buffer was too small.
#define CICU_BUFFER_OVERFLOW_ERROR 15

// MARK: Normalization and case folding

/// Normalization forms understood by `cicu_unorm2_normalize`.
enum {
  CICU_FORM_NFC = 0,
  CICU_FORM_NFD = 1,
  CICU_FORM_NFKC = 2,
  CICU_FORM_NFKD = 3,
  CICU_FORM_NFKC_CASEFOLD = 4
};

/// Normalizes `src` to `form`, writing UTF-16 to `dest`; returns the full length needed.
int32_t cicu_unorm2_normalize(int32_t form, const cicu_uchar *src, int32_t srcLength,
                              cicu_uchar *dest, int32_t destCapacity, int32_t *status);

/// Full Unicode case folding (`u_strFoldCase`, default options); returns the length needed.
int32_t cicu_u_strFoldCase(const cicu_uchar *src, int32_t srcLength, cicu_uchar *dest,
                           int32_t destCapacity, int32_t *status);

// MARK: Break iteration

/// Break iterator kinds understood by `cicu_ubrk_boundaries`.
enum {
  CICU_BREAK_CHARACTER = 0,
  CICU_BREAK_WORD = 1,
  CICU_BREAK_LINE = 2,
  CICU_BREAK_SENTENCE = 3
};

/// Lists the boundaries of `text` for `kind` in `locale` (e.g. "en@ss=standard").
///
/// Writes every boundary after the start (UTF-16 offsets, ascending, the last one is
/// `textLength`) to `boundaries`, and, when `ruleStatuses` is not NULL, the rule status of the
/// segment that ends at each boundary (ICU's `ubrk_getRuleStatus`). Returns the number of
/// boundaries, which may exceed `capacity`.
int32_t cicu_ubrk_boundaries(int32_t kind, const char *locale, const cicu_uchar *text,
                             int32_t textLength, int32_t *boundaries, int32_t *ruleStatuses,
                             int32_t capacity, int32_t *status);

/// Lists the boundaries of UTF-8 text, as UTF-8 byte offsets.
///
/// The same as `cicu_ubrk_boundaries`, but the text is UTF-8 (converted to UTF-16 inside, in one
/// pass) and every boundary is returned as a byte offset into `utf8`, so callers need no offset
/// map. Invalid UTF-8 is an error (U_INVALID_CHAR_FOUND).
int32_t cicu_ubrk_utf8_boundaries(int32_t kind, const char *locale, const char *utf8,
                                  int32_t utf8Length, int32_t *boundaries,
                                  int32_t *ruleStatuses, int32_t capacity, int32_t *status);

/// The sentence boundaries of UTF-8 text and its word boundaries in chunks, from one conversion
/// to UTF-16 (see `cicu_segments_open`).
typedef struct cicu_segments cicu_segments;

/// Opens the segmentation of UTF-8 text: converts it to UTF-16 once, writes its sentence
/// boundaries in `sentenceLocale` (UTF-8 byte offsets after the start, ascending) to
/// `sentenceBoundaries`, and readies a word iterator in `wordLocale`, whose boundaries
/// `cicu_segments_next_words` hands out. With a NULL `sentenceLocale` no sentences are listed.
///
/// When `concurrent` is non-zero, a worker thread runs the word iterator from the start, while
/// the sentence iterator runs on the caller's thread and the caller then takes the boundaries
/// as the worker finds them (in a ring of 64 chunks, so memory stays bounded). The results
/// are the same either way; when the thread cannot be made, the word iterator runs serially.
///
/// Writes the number of sentence boundaries, which may exceed `capacity` (an overflow status),
/// to `sentenceCount`. Returns NULL when it fails (invalid UTF-8 is U_INVALID_CHAR_FOUND);
/// otherwise close the result with `cicu_segments_close`.
cicu_segments *cicu_segments_open(const char *sentenceLocale, const char *wordLocale,
                                  const char *utf8, int32_t utf8Length, int32_t concurrent,
                                  int32_t *sentenceBoundaries, int32_t capacity,
                                  int32_t *sentenceCount, int32_t *status);

/// Writes the next word boundaries, up to `capacity`, as UTF-8 byte offsets, with the rule status
/// of the segment ending at each (ICU's `ubrk_getRuleStatus`); returns how many, 0 once every
/// boundary is out. Call it from one thread at a time.
///
/// Chunks of a few thousand keep the lists in the cache, where whole-text lists of a large text
/// would not be.
int32_t cicu_segments_next_words(cicu_segments *segments, int32_t *boundaries,
                                 int32_t *ruleStatuses, int32_t capacity);

/// Frees what `cicu_segments_open` made; NULL is ignored.
void cicu_segments_close(cicu_segments *segments);

/// Whether UTF-8 text is in normalization `form` by ICU's quick check (`unorm2_quickCheck`):
/// 1 when it is, 0 when it is not or may not be (or the UTF-8 is invalid).
///
/// For NFC, NFD, NFKC and NFKD every stretch of ASCII is checked as its last character alone:
/// ASCII is unchanged by those forms and has combining class 0, and a character that composes
/// with the one before it is "maybe" whatever that one is, so the answer is the same as for the
/// whole text, for a fraction of the conversion when the text is mostly ASCII.
int32_t cicu_unorm2_quickCheck_utf8(int32_t form, const char *utf8, int32_t utf8Length,
                                    int32_t *status);

/// Normalizes UTF-8 text to `form`, writing UTF-8 to `dest`; returns the length needed.
///
/// Text that ICU's quick check finds already normalized is copied unchanged.
int32_t cicu_unorm2_normalize_utf8(int32_t form, const char *src, int32_t srcLength, char *dest,
                                   int32_t destCapacity, int32_t *status);

// MARK: Transliteration

/// Applies the ICU transform `transformID` (e.g. "Katakana-Latin") to `text`, writing UTF-16 to
/// `dest`; returns the length needed.
int32_t cicu_utrans_transliterate(const char *transformID, const cicu_uchar *text,
                                  int32_t textLength, cicu_uchar *dest, int32_t destCapacity,
                                  int32_t *status);

/// Compiles the ICU transform `rules` (ICU's transform rule syntax) and registers it with ICU as
/// `transformID`, so `cicu_utrans_transliterate` opens it by that ID without compiling it again.
/// Returns the ICU status (0 on success).
int32_t cicu_utrans_register(const char *transformID, const cicu_uchar *rules,
                             int32_t rulesLength);

// MARK: Rule-based number spellout

/// Parses spelled-out numbers at many places of one text with a single formatter.
///
/// For each `starts[i]` (a UTF-16 offset into `text`), parses leniently up to `limits[i]` and
/// stores the value in `values[i]` and the consumed length in `lengths[i]` (0 when no number was
/// read there). Returns the number of places where a number was read.
int32_t cicu_unum_parseSpelloutMany(const char *locale, const cicu_uchar *text,
                                    int32_t textLength, const int32_t *starts,
                                    const int32_t *limits, int32_t count, double *values,
                                    int32_t *lengths, int32_t *status);

/// Formats each of `values` with `locale`'s spellout rules and one formatter, writing them to
/// `dest` separated by U+000A; returns the length needed.
int32_t cicu_unum_formatSpelloutMany(const char *locale, const double *values, int32_t count,
                                     cicu_uchar *dest, int32_t destCapacity, int32_t *status);

// MARK: Character properties

/// The ICU script code (`UScriptCode`) of code point `c`.
int32_t cicu_uscript_getScript(int32_t c, int32_t *status);

/// Whether code point `c` is used by `script` (its Script_Extensions include it): 1 or 0.
int32_t cicu_uscript_hasScript(int32_t c, int32_t script);

/// The numeric value of `c` (digits, kanji numerals such as 七, 万, 億), or -123456789 when it
/// has none (ICU's `U_NO_NUMERIC_VALUE`).
double cicu_u_getNumericValue(int32_t c);

/// The East Asian Width (`UEastAsianWidth`) of code point `c`.
int32_t cicu_u_eastAsianWidth(int32_t c);

/// The decimal digit value of `c` (any script's decimal digits), or -1.
int32_t cicu_u_charDigitValue(int32_t c);

/// The general category (`UCharCategory`) of `c`.
int32_t cicu_u_charType(int32_t c);

/// Whether `c` has the Unicode White_Space property.
int32_t cicu_u_isUWhiteSpace(int32_t c);

// MARK: Charset detection and conversion

/// Detects the charset of `bytes`; writes its NUL-terminated name to `name` and the confidence
/// (0-100) to `confidence`. `declared` (may be NULL) is a hint such as an HTTP header's charset.
/// Returns 1 when a charset was found, 0 otherwise.
int32_t cicu_ucsdet_detect(const char *bytes, int32_t length, const char *declared, char *name,
                           int32_t nameCapacity, int32_t *confidence, int32_t *status);

/// Converts `bytes` in `charset` to UTF-16, failing (status U_INVALID_CHAR_FOUND or
/// U_ILLEGAL_CHAR_FOUND) on any byte sequence the charset cannot map when `strict` is non-zero;
/// returns the length needed.
int32_t cicu_ucnv_toUChars(const char *charset, const char *bytes, int32_t length,
                           int32_t strict, cicu_uchar *dest, int32_t destCapacity,
                           int32_t *status);

/// Whether ICU knows the converter `charset` (1) or not (0).
int32_t cicu_ucnv_isKnown(const char *charset);

// MARK: Locale display names (CLDR)

/// The display name of region `region` (e.g. "FR") in `displayLocale` (e.g. "ja"); returns the
/// length needed.
int32_t cicu_uloc_regionDisplayName(const char *region, const char *displayLocale,
                                    cicu_uchar *dest, int32_t destCapacity, int32_t *status);

/// The standalone display name of a weekday (0 Sunday ... 6 Saturday) or month (0 ... 11) in
/// `locale`; `field` is 0 for weekdays and 1 for months, `width` 0 wide, 1 abbreviated.
int32_t cicu_udat_symbol(const char *locale, int32_t field, int32_t index, int32_t width,
                         cicu_uchar *dest, int32_t destCapacity, int32_t *status);

/// The version of ICU in use, e.g. "72.1"; writes a NUL-terminated string.
void cicu_u_getVersion(char *dest, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
