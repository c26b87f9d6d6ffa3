#include "CICUShim.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unorm2.h>
#include <unicode/unum.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

// The shim's `cicu_uchar` must be ICU's `UChar` in size, so buffers pass through unchanged.
_Static_assert(sizeof(cicu_uchar) == sizeof(UChar), "cicu_uchar must match UChar");

static const UNormalizer2 *normalizer(int32_t form, UErrorCode *err) {
  switch (form) {
  case CICU_FORM_NFC: return unorm2_getNFCInstance(err);
  case CICU_FORM_NFD: return unorm2_getNFDInstance(err);
  case CICU_FORM_NFKC: return unorm2_getNFKCInstance(err);
  case CICU_FORM_NFKD: return unorm2_getNFKDInstance(err);
  case CICU_FORM_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(err);
  default: *err = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
}

int32_t cicu_unorm2_normalize(int32_t form, const cicu_uchar *src, int32_t srcLength,
                              cicu_uchar *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *norm = normalizer(form, &err);
  int32_t length = 0;
  if (U_SUCCESS(err)) {
    length = unorm2_normalize(norm, (const UChar *)src, srcLength, (UChar *)dest, destCapacity,
                              &err);
  }
  *status = (int32_t)err;
  return length;
}

int32_t cicu_u_strFoldCase(const cicu_uchar *src, int32_t srcLength, cicu_uchar *dest,
                           int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t length = u_strFoldCase((UChar *)dest, destCapacity, (const UChar *)src, srcLength,
                                 U_FOLD_CASE_DEFAULT, &err);
  *status = (int32_t)err;
  return length;
}

int32_t cicu_ubrk_boundaries(int32_t kind, const char *locale, const cicu_uchar *text,
                             int32_t textLength, int32_t *boundaries, int32_t *ruleStatuses,
                             int32_t capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UBreakIteratorType type;
  switch (kind) {
  case CICU_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case CICU_BREAK_WORD: type = UBRK_WORD; break;
  case CICU_BREAK_LINE: type = UBRK_LINE; break;
  case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
  default: *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR; return 0;
  }
  UBreakIterator *it = ubrk_open(type, locale, (const UChar *)text, textLength, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  int32_t count = 0;
  ubrk_first(it);
  for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
    if (count < capacity) {
      boundaries[count] = b;
      if (ruleStatuses != NULL) ruleStatuses[count] = ubrk_getRuleStatus(it);
    }
    count++;
  }
  ubrk_close(it);
  *status = count > capacity ? CICU_BUFFER_OVERFLOW_ERROR : (int32_t)U_ZERO_ERROR;
  return count;
}

// Converts UTF-8 to a malloc'd, NUL-terminated UTF-16 buffer; the caller frees it. NULL on
// failure, with U_INVALID_CHAR_FOUND for ill-formed UTF-8, as `u_strFromUTF8` reports it.
//
// ASCII, the bulk of most text, is widened eight bytes at a time (`u_strFromUTF8` takes it a byte
// at a time); every other sequence is decoded with ICU's own UTF-8 macros.
static UChar *utf16_from_utf8(const char *utf8, int32_t length, int32_t *outLength,
                              UErrorCode *err) {
  UChar *buffer = (UChar *)malloc(sizeof(UChar) * ((size_t)length + 1));
  if (buffer == NULL) {
    *err = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  const uint8_t *bytes = (const uint8_t *)utf8;
  int32_t offset = 0;
  int32_t units = 0;
  while (offset < length) {
    if (offset + 8 <= length) {
      uint64_t eight;
      memcpy(&eight, bytes + offset, sizeof eight);
      if ((eight & 0x8080808080808080ULL) == 0) {
        for (int32_t k = 0; k < 8; k++) buffer[units + k] = bytes[offset + k];
        offset += 8;
        units += 8;
        continue;
      }
    }
    if (bytes[offset] < 0x80) {
      buffer[units++] = bytes[offset++];
      continue;
    }
    UChar32 c;
    U8_NEXT(bytes, offset, length, c);
    if (c < 0) {
      free(buffer);
      *err = U_INVALID_CHAR_FOUND;
      return NULL;
    }
    U16_APPEND_UNSAFE(buffer, units, c);
  }
  buffer[units] = 0;
  *outLength = units;
  return buffer;
}

int32_t cicu_ubrk_utf8_boundaries(int32_t kind, const char *locale, const char *utf8,
                                  int32_t utf8Length, int32_t *boundaries,
                                  int32_t *ruleStatuses, int32_t capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UBreakIteratorType type;
  switch (kind) {
  case CICU_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case CICU_BREAK_WORD: type = UBRK_WORD; break;
  case CICU_BREAK_LINE: type = UBRK_LINE; break;
  case CICU_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
  default: *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR; return 0;
  }
  int32_t length = 0;
  UChar *text = utf16_from_utf8(utf8, utf8Length, &length, &err);
  if (text == NULL) {
    *status = (int32_t)err;
    return 0;
  }
  UBreakIterator *it = ubrk_open(type, locale, text, length, &err);
  if (U_FAILURE(err)) {
    free(text);
    *status = (int32_t)err;
    return 0;
  }
  // Walk the UTF-16 text once alongside the ascending boundaries, counting UTF-8 bytes.
  int32_t count = 0;
  int32_t unit = 0;
  int32_t byte = 0;
  ubrk_first(it);
  for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
    while (unit < b) {
      UChar c = text[unit];
      if (c < 0x80) {
        byte += 1;
        unit += 1;
      } else if (c < 0x800) {
        byte += 2;
        unit += 1;
      } else if (U16_IS_LEAD(c) && unit + 1 < length && U16_IS_TRAIL(text[unit + 1])) {
        byte += 4;
        unit += 2;
      } else {
        byte += 3;
        unit += 1;
      }
    }
    if (count < capacity) {
      boundaries[count] = byte;
      if (ruleStatuses != NULL) ruleStatuses[count] = ubrk_getRuleStatus(it);
    }
    count++;
  }
  ubrk_close(it);
  free(text);
  *status = count > capacity ? CICU_BUFFER_OVERFLOW_ERROR : (int32_t)U_ZERO_ERROR;
  return count;
}

// The first unit at or after `unit` that is not ASCII, or `length`; eight units at a time.
static int32_t next_non_ascii(const UChar *text, int32_t length, int32_t unit) {
  while (unit + 8 <= length) {
    uint64_t four[2];
    memcpy(four, text + unit, sizeof four);
    if ((four[0] | four[1]) & 0xFF80FF80FF80FF80ULL) break;
    unit += 8;
  }
  while (unit + 4 <= length) {
    uint64_t four;
    memcpy(&four, text + unit, sizeof four);
    if (four & 0xFF80FF80FF80FF80ULL) break;
    unit += 4;
  }
  while (unit < length && text[unit] < 0x80) unit++;
  return unit;
}

static int is_ascii_letter(UChar c) { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A); }

// The rule status of the word segment `text[start..<end]`, as `ubrk_getRuleStatus(it)` gives it.
//
// ICU tags the states of its word rules, so the status is that of the state after the last
// character: a segment ending with an ASCII letter is always UBRK_WORD_LETTER ("SS19" ends with
// a digit and is a number), and one starting with a space is always UBRK_WORD_NONE (spaces only
// join spaces and marks). Those two make up most segments of Latin text and need no call; the
// shim tests check the answers against ICU's.
static int32_t word_rule_status(UBreakIterator *it, const UChar *text, int32_t start,
                                int32_t end) {
  if (end > start) {
    if (is_ascii_letter(text[end - 1])) return UBRK_WORD_LETTER;
    if (text[start] == 0x20) return UBRK_WORD_NONE;
  }
  return ubrk_getRuleStatus(it);
}

// Word boundaries found on the worker thread of a concurrent `cicu_segments`, in a ring of
// slots: the worker fills slot `filled % CICU_SLOTS` while the caller reads slot
// `emptied % CICU_SLOTS`. The caller first lists and repairs the sentences, in which time the
// worker gets dozens of slots ahead (about 40 for a megabyte of French); with a smaller ring it
// would wait. 64 slots are 2 MB, of which only the slots used are ever touched.
#define CICU_SLOTS 64
#define CICU_SLOT_SIZE 4096
typedef struct {
  int32_t count;
  int32_t boundaries[CICU_SLOT_SIZE];
  int32_t statuses[CICU_SLOT_SIZE];
} cicu_slot;

struct cicu_segments {
  // The text in UTF-16, which the word iterator reads.
  UChar *text;
  int32_t length;
  UBreakIterator *words;
  // The start of the next word segment (a UTF-16 offset), or -1 when every boundary is out.
  // Only the thread that runs the word iterator touches it.
  int32_t start;
  // The word boundaries' map to UTF-8 so far (see `utf8_offsets`).
  int32_t wide;
  int32_t extra;
  // Whether a worker thread runs the word iterator; the rest is for that case.
  int concurrent;
  pthread_t worker;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  cicu_slot *slots;
  // Slots filled by the worker and emptied by the caller, since the start (under `lock`).
  uint64_t filled;
  uint64_t emptied;
  // Set by the worker with the slot of the last boundary; by the caller to stop the worker.
  int finished;
  int stopping;
  // How many boundaries of the slot being emptied the caller has taken.
  int32_t taken;
};

// Turns ascending UTF-16 offsets into `text` into UTF-8 byte offsets, in place, carrying on from
// the offsets of earlier calls through `*wide` and `*extra` (start with the first non-ASCII unit
// and 0).
//
// A UTF-8 offset is the UTF-16 offset plus what the non-ASCII characters before it add (1 for
// U+0080..U+07FF, 2 for the rest of the BMP and for a surrogate pair): `*extra` counts what the
// characters before unit `*wide` add, and `*wide` jumps from one non-ASCII character to the
// next, so runs of ASCII cost nothing.
static void utf8_offsets(const UChar *text, int32_t length, int32_t *offsets, int32_t count,
                         int32_t *wide, int32_t *extra) {
  for (int32_t i = 0; i < count; i++) {
    int32_t offset = offsets[i];
    while (*wide < offset) {
      UChar c = text[*wide];
      if (c < 0x800) {
        *extra += 1;
        *wide += 1;
      } else if (U16_IS_LEAD(c) && *wide + 1 < length && U16_IS_TRAIL(text[*wide + 1])) {
        *extra += 2;
        *wide += 2;
      } else {
        *extra += 2;
        *wide += 1;
      }
      *wide = next_non_ascii(text, length, *wide);
    }
    offsets[i] = offset + *extra;
  }
}

// Writes up to `capacity` word boundaries (UTF-16 offsets) and their rule statuses from the
// word iterator; returns how many, fewer only when the text is done (then `start` is -1).
static int32_t next_word_boundaries(cicu_segments *segments, int32_t *boundaries,
                                    int32_t *ruleStatuses, int32_t capacity) {
  int32_t count = 0;
  while (count < capacity && segments->start >= 0) {
    int32_t b = ubrk_next(segments->words);
    if (b == UBRK_DONE) {
      segments->start = -1;
      break;
    }
    ruleStatuses[count] = word_rule_status(segments->words, segments->text, segments->start, b);
    boundaries[count] = b;
    segments->start = b;
    count++;
  }
  return count;
}

// The worker of a concurrent `cicu_segments`: fills slots until the text is done or the caller
// stops it, waiting while every slot is full.
static void *fill_word_slots(void *argument) {
  cicu_segments *segments = (cicu_segments *)argument;
  for (;;) {
    pthread_mutex_lock(&segments->lock);
    while (segments->filled - segments->emptied == CICU_SLOTS && !segments->stopping) {
      pthread_cond_wait(&segments->changed, &segments->lock);
    }
    int stopping = segments->stopping;
    cicu_slot *slot = &segments->slots[segments->filled % CICU_SLOTS];
    pthread_mutex_unlock(&segments->lock);
    if (stopping) break;
    slot->count = next_word_boundaries(segments, slot->boundaries, slot->statuses, CICU_SLOT_SIZE);
    int done = segments->start < 0;
    pthread_mutex_lock(&segments->lock);
    segments->filled++;
    segments->finished = done;
    pthread_cond_signal(&segments->changed);
    pthread_mutex_unlock(&segments->lock);
    if (done) break;
  }
  return NULL;
}

// Starts the worker of `segments`; returns 0 (and leaves `segments` serial) when it cannot.
static int start_word_worker(cicu_segments *segments) {
  segments->slots = (cicu_slot *)malloc(CICU_SLOTS * sizeof(cicu_slot));
  if (segments->slots == NULL) return 0;
  if (pthread_mutex_init(&segments->lock, NULL) != 0) {
    free(segments->slots);
    segments->slots = NULL;
    return 0;
  }
  if (pthread_cond_init(&segments->changed, NULL) != 0) {
    pthread_mutex_destroy(&segments->lock);
    free(segments->slots);
    segments->slots = NULL;
    return 0;
  }
  if (pthread_create(&segments->worker, NULL, fill_word_slots, segments) != 0) {
    pthread_cond_destroy(&segments->changed);
    pthread_mutex_destroy(&segments->lock);
    free(segments->slots);
    segments->slots = NULL;
    return 0;
  }
  segments->concurrent = 1;
  return 1;
}

cicu_segments *cicu_segments_open(const char *sentenceLocale, const char *wordLocale,
                                  const char *utf8, int32_t utf8Length, int32_t concurrent,
                                  int32_t *sentenceBoundaries, int32_t capacity,
                                  int32_t *sentenceCount, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  *sentenceCount = 0;
  cicu_segments *segments = (cicu_segments *)calloc(1, sizeof(cicu_segments));
  if (segments == NULL) {
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  segments->text = utf16_from_utf8(utf8, utf8Length, &segments->length, &err);
  if (segments->text == NULL) {
    free(segments);
    *status = (int32_t)err;
    return NULL;
  }
  segments->words = ubrk_open(UBRK_WORD, wordLocale, segments->text, segments->length, &err);
  if (U_FAILURE(err)) {
    cicu_segments_close(segments);
    *status = (int32_t)err;
    return NULL;
  }
  segments->start = ubrk_first(segments->words);
  segments->wide = next_non_ascii(segments->text, segments->length, 0);
  // The word iterator starts on the worker before the sentence iterator runs here.
  if (concurrent) start_word_worker(segments);
  if (sentenceLocale != NULL) {
    UBreakIterator *it =
        ubrk_open(UBRK_SENTENCE, sentenceLocale, segments->text, segments->length, &err);
    if (U_FAILURE(err)) {
      cicu_segments_close(segments);
      *status = (int32_t)err;
      return NULL;
    }
    int32_t sentences = 0;
    ubrk_first(it);
    for (int32_t b = ubrk_next(it); b != UBRK_DONE; b = ubrk_next(it)) {
      if (sentences < capacity) sentenceBoundaries[sentences] = b;
      sentences++;
    }
    ubrk_close(it);
    int32_t wide = next_non_ascii(segments->text, segments->length, 0);
    int32_t extra = 0;
    utf8_offsets(segments->text, segments->length, sentenceBoundaries,
                 sentences < capacity ? sentences : capacity, &wide, &extra);
    *sentenceCount = sentences;
  }
  *status = *sentenceCount > capacity ? CICU_BUFFER_OVERFLOW_ERROR : (int32_t)U_ZERO_ERROR;
  return segments;
}

int32_t cicu_segments_next_words(cicu_segments *segments, int32_t *boundaries,
                                 int32_t *ruleStatuses, int32_t capacity) {
  int32_t count = 0;
  if (!segments->concurrent) {
    count = next_word_boundaries(segments, boundaries, ruleStatuses, capacity);
  } else {
    pthread_mutex_lock(&segments->lock);
    while (segments->filled == segments->emptied && !segments->finished) {
      pthread_cond_wait(&segments->changed, &segments->lock);
    }
    int empty = segments->filled == segments->emptied;
    cicu_slot *slot = &segments->slots[segments->emptied % CICU_SLOTS];
    pthread_mutex_unlock(&segments->lock);
    if (empty) return 0;
    count = slot->count - segments->taken;
    if (count > capacity) count = capacity;
    if (count > 0) {
      memcpy(boundaries, slot->boundaries + segments->taken, (size_t)count * sizeof(int32_t));
      memcpy(ruleStatuses, slot->statuses + segments->taken, (size_t)count * sizeof(int32_t));
    }
    segments->taken += count;
    if (segments->taken == slot->count) {
      segments->taken = 0;
      pthread_mutex_lock(&segments->lock);
      segments->emptied++;
      pthread_cond_signal(&segments->changed);
      pthread_mutex_unlock(&segments->lock);
    }
  }
  utf8_offsets(segments->text, segments->length, boundaries, count, &segments->wide,
               &segments->extra);
  return count;
}

void cicu_segments_close(cicu_segments *segments) {
  if (segments == NULL) return;
  if (segments->concurrent) {
    pthread_mutex_lock(&segments->lock);
    segments->stopping = 1;
    pthread_cond_signal(&segments->changed);
    pthread_mutex_unlock(&segments->lock);
    pthread_join(segments->worker, NULL);
    pthread_cond_destroy(&segments->changed);
    pthread_mutex_destroy(&segments->lock);
    free(segments->slots);
  }
  if (segments->words != NULL) ubrk_close(segments->words);
  free(segments->text);
  free(segments);
}

// Whether each code point below U+0800 (what UTF-8 writes in one or two bytes) is NFC_QC=Yes
// with combining class 0, asked of ICU once per process (`nfc_starters_once`).
static uint8_t nfc_starters[0x800];
static pthread_once_t nfc_starters_once = PTHREAD_ONCE_INIT;

static void fill_nfc_starters(void) {
  for (UChar32 c = 0; c < 0x800; c++) {
    nfc_starters[c] = u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES &&
                      u_getCombiningClass(c) == 0;
  }
}

// Whether the UTF-8 at `bytes[offset]` starts with a code point below U+0800 that
// `nfc_starters` marks.
static int starts_with_nfc_starter(const unsigned char *bytes, int32_t offset, int32_t length) {
  if (offset >= length) return 0;
  unsigned char lead = bytes[offset];
  if (lead < 0x80) return nfc_starters[lead];
  if (lead < 0xC2 || lead >= 0xE0 || offset + 1 >= length) return 0;
  unsigned char trail = bytes[offset + 1];
  if ((trail & 0xC0) != 0x80) return 0;
  return nfc_starters[((lead & 0x1F) << 6) | (trail & 0x3F)];
}

int32_t cicu_unorm2_quickCheck_utf8(int32_t form, const char *utf8, int32_t utf8Length,
                                    int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *norm = normalizer(form, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  // NFKC_Casefold changes ASCII capitals, so only the other forms may shorten ASCII stretches.
  int shortensASCII = form != CICU_FORM_NFKC_CASEFOLD;
  // For NFC, a stretch of starters that are NFC_QC=Yes (ASCII, the accented letters of French)
  // is shortened to its last character too: the quick check fails only on a character that is
  // not such a starter, or on combining classes out of order, and the kept last starter still
  // stands between any two marks, and before a mark that might compose with it.
  int shortensStarters = form == CICU_FORM_NFC;
  if (shortensStarters) pthread_once(&nfc_starters_once, fill_nfc_starters);
  const unsigned char *bytes = (const unsigned char *)utf8;
  UChar *text = (UChar *)malloc(sizeof(UChar) * ((size_t)utf8Length + 1));
  if (text == NULL) {
    *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
    return 0;
  }
  int32_t length = 0;
  int32_t offset = 0;
  int32_t isValid = 1;
  while (offset < utf8Length) {
    if (shortensASCII && bytes[offset] < 0x80) {
      // Skip to the last byte of the ASCII stretch, eight bytes at a time, and keep only it.
      int32_t found = 0;
      while (offset + 9 <= utf8Length) {
        uint64_t eight;
        memcpy(&eight, utf8 + offset + 1, sizeof eight);
        uint64_t high = eight & 0x8080808080808080ULL;
        if (high) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
          // The lowest set bit marks the first non-ASCII byte; the one before it is the last.
          offset += __builtin_ctzll(high) / 8;
          found = 1;
#endif
          break;
        }
        offset += 8;
      }
      while (!found && offset + 1 < utf8Length && bytes[offset + 1] < 0x80) offset++;
      // The ASCII character is dropped too when a two-byte starter follows.
      if (!(shortensStarters && starts_with_nfc_starter(bytes, offset + 1, utf8Length))) {
        text[length++] = (UChar)bytes[offset];
      }
      offset++;
      continue;
    }
    UChar32 c;
    U8_NEXT(utf8, offset, utf8Length, c);
    if (c < 0) {
      isValid = 0;
      break;
    }
    if (shortensStarters && c < 0x800 && nfc_starters[c] &&
        starts_with_nfc_starter(bytes, offset, utf8Length)) {
      continue;
    }
    U16_APPEND_UNSAFE(text, length, c);
  }
  int32_t result = 0;
  if (isValid) result = unorm2_quickCheck(norm, text, length, &err) == UNORM_YES;
  free(text);
  if (U_FAILURE(err)) result = 0;
  *status = (int32_t)err;
  return result;
}

int32_t cicu_unorm2_normalize_utf8(int32_t form, const char *src, int32_t srcLength, char *dest,
                                   int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2 *norm = normalizer(form, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  int32_t length = 0;
  UChar *text = utf16_from_utf8(src, srcLength, &length, &err);
  if (text == NULL) {
    *status = (int32_t)err;
    return 0;
  }
  int32_t result = 0;
  if (unorm2_quickCheck(norm, text, length, &err) == UNORM_YES && U_SUCCESS(err)) {
    if (srcLength <= destCapacity) memcpy(dest, src, (size_t)srcLength);
    result = srcLength;
    err = srcLength <= destCapacity ? U_ZERO_ERROR : U_BUFFER_OVERFLOW_ERROR;
  } else {
    err = U_ZERO_ERROR;
    int32_t capacity = length * 3 + 16;
    UChar *normalized = (UChar *)malloc(sizeof(UChar) * (size_t)capacity);
    if (normalized == NULL) {
      free(text);
      *status = (int32_t)U_MEMORY_ALLOCATION_ERROR;
      return 0;
    }
    int32_t normalizedLength = unorm2_normalize(norm, text, length, normalized, capacity, &err);
    if (U_SUCCESS(err)) {
      u_strToUTF8(dest, destCapacity, &result, normalized, normalizedLength, &err);
    }
    free(normalized);
  }
  free(text);
  *status = err == U_STRING_NOT_TERMINATED_WARNING ? (int32_t)U_ZERO_ERROR : (int32_t)err;
  return result;
}

int32_t cicu_utrans_transliterate(const char *transformID, const cicu_uchar *text,
                                  int32_t textLength, cicu_uchar *dest, int32_t destCapacity,
                                  int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  if (textLength > destCapacity) {
    *status = CICU_BUFFER_OVERFLOW_ERROR;
    return textLength * 4 + 16;
  }
  UChar id[128];
  int32_t idLength = (int32_t)strlen(transformID);
  if (idLength >= 128) {
    *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  u_charsToUChars(transformID, id, idLength);
  UTransliterator *trans = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  memcpy(dest, text, sizeof(UChar) * (size_t)textLength);
  int32_t length = textLength;
  int32_t limit = textLength;
  utrans_transUChars(trans, (UChar *)dest, &length, destCapacity, 0, &limit, &err);
  utrans_close(trans);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    *status = CICU_BUFFER_OVERFLOW_ERROR;
    return destCapacity * 2 + 16;
  }
  *status = (int32_t)err;
  return length;
}

int32_t cicu_utrans_register(const char *transformID, const cicu_uchar *rules,
                             int32_t rulesLength) {
  UErrorCode err = U_ZERO_ERROR;
  UChar id[128];
  int32_t idLength = (int32_t)strlen(transformID);
  if (idLength >= 128) return (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
  u_charsToUChars(transformID, id, idLength);
  UParseError parseError;
  UTransliterator *trans =
      utrans_openU(id, idLength, UTRANS_FORWARD, (const UChar *)rules, rulesLength, &parseError,
                   &err);
  if (U_FAILURE(err)) return (int32_t)err;
  utrans_register(trans, &err);
  return (int32_t)err;
}

int32_t cicu_unum_parseSpelloutMany(const char *locale, const cicu_uchar *text,
                                    int32_t textLength, const int32_t *starts,
                                    const int32_t *limits, int32_t count, double *values,
                                    int32_t *lengths, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  unum_setAttribute(fmt, UNUM_LENIENT_PARSE, 1);
  int32_t found = 0;
  for (int32_t i = 0; i < count; i++) {
    values[i] = 0;
    lengths[i] = 0;
    int32_t start = starts[i];
    int32_t limit = limits[i];
    if (start < 0 || limit > textLength || start >= limit) continue;
    UErrorCode parseErr = U_ZERO_ERROR;
    int32_t position = 0;
    double result = unum_parseDouble(fmt, (const UChar *)text + start, limit - start, &position,
                                     &parseErr);
    if (U_SUCCESS(parseErr) && position > 0) {
      values[i] = result;
      lengths[i] = position;
      found++;
    }
  }
  unum_close(fmt);
  *status = (int32_t)U_ZERO_ERROR;
  return found;
}

int32_t cicu_unum_formatSpelloutMany(const char *locale, const double *values, int32_t count,
                                     cicu_uchar *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, locale, NULL, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  int32_t length = 0;
  UChar buffer[512];
  for (int32_t i = 0; i < count; i++) {
    UErrorCode formatErr = U_ZERO_ERROR;
    int32_t written = unum_formatDouble(fmt, values[i], buffer, 512, NULL, &formatErr);
    if (U_FAILURE(formatErr) || written > 512) {
      unum_close(fmt);
      *status = U_FAILURE(formatErr) ? (int32_t)formatErr : (int32_t)U_BUFFER_OVERFLOW_ERROR;
      return 0;
    }
    for (int32_t j = 0; j < written; j++) {
      if (length < destCapacity) dest[length] = buffer[j];
      length++;
    }
    if (length < destCapacity) dest[length] = 0x0A;
    length++;
  }
  unum_close(fmt);
  *status = length > destCapacity ? CICU_BUFFER_OVERFLOW_ERROR : (int32_t)U_ZERO_ERROR;
  return length;
}

int32_t cicu_uscript_getScript(int32_t c, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode code = uscript_getScript((UChar32)c, &err);
  *status = (int32_t)err;
  return (int32_t)code;
}

int32_t cicu_uscript_hasScript(int32_t c, int32_t script) {
  return uscript_hasScript((UChar32)c, (UScriptCode)script) ? 1 : 0;
}

double cicu_u_getNumericValue(int32_t c) { return u_getNumericValue((UChar32)c); }

int32_t cicu_u_eastAsianWidth(int32_t c) {
  return u_getIntPropertyValue((UChar32)c, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t cicu_u_charDigitValue(int32_t c) { return u_charDigitValue((UChar32)c); }

int32_t cicu_u_charType(int32_t c) { return (int32_t)u_charType((UChar32)c); }

int32_t cicu_u_isUWhiteSpace(int32_t c) { return u_isUWhiteSpace((UChar32)c) ? 1 : 0; }

int32_t cicu_ucsdet_detect(const char *bytes, int32_t length, const char *declared, char *name,
                           int32_t nameCapacity, int32_t *confidence, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *det = ucsdet_open(&err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  ucsdet_setText(det, bytes, length, &err);
  if (declared != NULL && U_SUCCESS(err)) ucsdet_setDeclaredEncoding(det, declared, -1, &err);
  const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(det, &err) : NULL;
  int32_t found = 0;
  if (match != NULL && U_SUCCESS(err)) {
    const char *matchName = ucsdet_getName(match, &err);
    int32_t matchConfidence = ucsdet_getConfidence(match, &err);
    if (U_SUCCESS(err) && matchName != NULL && (int32_t)strlen(matchName) < nameCapacity) {
      strcpy(name, matchName);
      *confidence = matchConfidence;
      found = 1;
    }
  }
  ucsdet_close(det);
  *status = (int32_t)err;
  return found;
}

int32_t cicu_ucnv_toUChars(const char *charset, const char *bytes, int32_t length,
                           int32_t strict, cicu_uchar *dest, int32_t destCapacity,
                           int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(charset, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  if (strict) {
    ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
  }
  int32_t result = 0;
  if (U_SUCCESS(err)) {
    result = ucnv_toUChars(cnv, (UChar *)dest, destCapacity, bytes, length, &err);
  }
  ucnv_close(cnv);
  *status = (int32_t)err;
  return result;
}

int32_t cicu_ucnv_isKnown(const char *charset) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter *cnv = ucnv_open(charset, &err);
  if (cnv != NULL) ucnv_close(cnv);
  return U_SUCCESS(err) ? 1 : 0;
}

int32_t cicu_uloc_regionDisplayName(const char *region, const char *displayLocale,
                                    cicu_uchar *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  char locale[32] = "und_";
  if (strlen(region) > 8) {
    *status = (int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    return 0;
  }
  strcat(locale, region);
  int32_t length = uloc_getDisplayCountry(locale, displayLocale, (UChar *)dest, destCapacity,
                                          &err);
  *status = (int32_t)err;
  return length;
}

int32_t cicu_udat_symbol(const char *locale, int32_t field, int32_t index, int32_t width,
                         cicu_uchar *dest, int32_t destCapacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UDateFormat *fmt = udat_open(UDAT_NONE, UDAT_SHORT, locale, NULL, 0, NULL, 0, &err);
  if (U_FAILURE(err)) {
    *status = (int32_t)err;
    return 0;
  }
  UDateFormatSymbolType type;
  int32_t symbolIndex = index;
  if (field == 0) {
    type = width == 0 ? UDAT_WEEKDAYS : UDAT_SHORT_WEEKDAYS;
    symbolIndex = index + UCAL_SUNDAY;
  } else {
    type = width == 0 ? UDAT_MONTHS : UDAT_SHORT_MONTHS;
  }
  int32_t length = udat_getSymbols(fmt, type, symbolIndex, (UChar *)dest, destCapacity, &err);
  udat_close(fmt);
  *status = (int32_t)err;
  return length;
}

void cicu_u_getVersion(char *dest, int32_t capacity) {
  UVersionInfo info;
  char buffer[U_MAX_VERSION_STRING_LENGTH];
  u_getVersion(info);
  u_versionToString(info, buffer);
  if (capacity > 0) {
    strncpy(dest, buffer, (size_t)capacity - 1);
    dest[capacity - 1] = '\0';
  }
}
