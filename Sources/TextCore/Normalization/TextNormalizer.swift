/// Normalizes text for display and derives comparison keys, through ICU.
///
/// Display forms are shown to readers; keys are only compared, never shown.
public enum TextNormalizer {
  /// A normalized form of text.
  public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unicode NFC with white space, quotes and dashes tidied: what reports show.
    case nfc
    /// Unicode NFKC (full-width Latin and digits become ASCII, half-width katakana full-width).
    case nfkc
    /// The comparison key: NFKC, case folded, Latin diacritics removed, quotes and dashes unified.
    case key
  }

  /// Normalizes `text` to `form`.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  public static func normalize(_ text: String, form: Form) throws(TextProcessingError) -> String {
    switch form {
    case .nfc: try display(text)
    case .nfkc: String(decoding: try ICU.normalize(Array(text.utf16), form: .nfkc), as: UTF16.self)
    case .key: try key(text)
    }
  }

  /// The display form: NFC, every run of horizontal white space (NBSP, narrow NBSP, ideographic
  /// space, tabs) as one space, no spaces at line ends, and typographic variants of quotes and
  /// dashes unified (`‛` → `’`, `‐` → `-`, `―` → `—`).
  ///
  /// Line breaks are kept, so paragraphs survive.
  public static func display(_ text: String) throws(TextProcessingError) -> String {
    // Most text is already NFC and tidy: then the answer is the text itself, found without
    // copying it.
    let nfcResult = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
      guard ICU.isNormalized(utf8: bytes, form: .nfc) else { return nil }
      guard let tidied = tidiedForDisplay(bytes) else { return text }
      return String(decoding: tidied, as: UTF8.self)
    }
    if case .some(.some(let result)) = nfcResult { return result }
    let normalized = try ICU.normalize(utf8: Array(text.utf8), form: .nfc)
    return normalized.withUnsafeBufferPointer { bytes in
      guard let tidied = tidiedForDisplay(bytes) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      return String(decoding: tidied, as: UTF8.self)
    }
  }

  /// The white space, quote and dash tidying of `display(_:)` applied to NFC text (valid UTF-8),
  /// or `nil` when it would change nothing.
  ///
  /// Stretches the rules leave alone (printable ASCII, line feeds, a single space between two
  /// printable characters, non-ASCII characters that are neither white space nor a variant) are
  /// copied in bulk; everything else goes through the rules one scalar at a time.
  private static func tidiedForDisplay(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    let raw = UnsafeRawBufferPointer(bytes)
    var output = [UInt8]()
    var isCopying = false
    // `bytes[copyStart..<offset]` come out unchanged; they are appended when a change is made.
    var copyStart = 0
    var pendingSpace = false
    var offset = 0
    while offset < bytes.count {
      if !pendingSpace {
        // Printable ASCII, line feeds and single spaces between printable ASCII after what was
        // copied: the bulk of most text.
        while offset < bytes.count {
          // Eight bytes at a time, while they are printable ASCII and lone spaces.
          if offset + 8 < bytes.count,
            isPlainASCII(
              UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
              followedBy: bytes[offset + 8]
            )
          {
            offset += 8
            continue
          }
          let byte = bytes[offset]
          if byte &- 0x21 < 0x5E || byte == 0x0A {
            offset += 1
          } else if byte == 0x20 && offset > copyStart && bytes[offset - 1] != 0x0A
            && offset + 1 < bytes.count && bytes[offset + 1] &- 0x21 < 0x5E
          {
            offset += 2
          } else {
            break
          }
        }
        if offset == bytes.count { break }
        let byte = bytes[offset]
        // A space stays when it comes after something other than a line feed (the last byte
        // copied, else the last output, else the start of the text) and before a character that
        // is neither white space nor a line break (which is then looked at on its own).
        if byte == 0x20, (offset > copyStart ? bytes[offset - 1] : output.last ?? 0x0A) != 0x0A,
          let (next, _) = SourceText.scalar(at: offset + 1, in: bytes),
          next.value > 0x20 && next.value < 0x7F
            || next.value >= 0x80 && !isLineBreak(next) && !ICU.isWhiteSpace(next)
        {
          offset += 1
          continue
        }
        if byte >= 0x80, let (scalar, width) = SourceText.scalar(at: offset, in: bytes),
          !isLineBreak(scalar), PunctuationVariants.displayForm(of: scalar) == scalar,
          !ICU.isWhiteSpace(scalar)
        {
          offset += width
          continue
        }
      }
      let byte = bytes[offset]
      if !isCopying {
        isCopying = true
        output.reserveCapacity(bytes.count)
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyStart..<offset]))
      // The rules, one scalar at a time.
      if byte > 0x20 && byte < 0x7F {
        if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
        pendingSpace = false
        output.append(byte)
        offset += 1
        copyStart = offset
        continue
      }
      guard let (scalar, width) = SourceText.scalar(at: offset, in: bytes) else {
        copyStart = bytes.count
        break
      }
      offset += width
      if isLineBreak(scalar) {
        pendingSpace = false
        // CR LF is one line break.
        if scalar == "\r", offset < bytes.count, bytes[offset] == 0x0A { offset += 1 }
        output.append(0x0A)
      } else if ICU.isWhiteSpace(scalar) {
        pendingSpace = true
      } else {
        if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
        pendingSpace = false
        UTF8.encode(PunctuationVariants.displayForm(of: scalar)) { output.append($0) }
      }
      copyStart = offset
    }
    guard isCopying else { return nil }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copyStart..<bytes.count]))
    return output
  }

  /// Whether eight bytes of text (read little-endian) are printable ASCII and spaces that the
  /// display form keeps as they are: none first, none next to another, and a last one only
  /// before printable ASCII (`next`).
  ///
  /// Bit tricks on the whole word: `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when some byte
  /// of `x` is zero (and with `0x20…`, when some byte is below 0x20); `~(((x & 0x7F…) + 0x7F…) |
  /// x | 0x7F…)` sets the top bit of exactly the zero bytes.
  @inline(__always)
  private static func isPlainASCII(_ word: UInt64, followedBy next: UInt8) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    // Non-ASCII, or a byte below 0x20 (controls, tab, line feed).
    if word & highs != 0 || (word &- ones &* 0x20) & ~word & highs != 0 { return false }
    let delete = word ^ lows
    if (delete &- ones) & ~delete & highs != 0 { return false }
    let spaceBytes = word ^ (ones &* 0x20)
    let spaces = ~(((spaceBytes & lows) &+ lows) | spaceBytes | lows)
    if spaces == 0 { return true }
    if spaces & 0x80 != 0 || spaces & (spaces >> 8) != 0 { return false }
    return spaces >> 63 == 0 || next &- 0x21 < 0x5E
  }

  /// The comparison key: NFKC with case folding (which also folds width), Latin diacritics
  /// removed (`Élysée` → `elysee`), quotes and dashes unified, white space collapsed.
  ///
  /// Marks on non-Latin letters stay: Japanese voiced marks are part of the letter (`ガ` ≠ `カ`).
  public static func key(_ text: String) throws(TextProcessingError) -> String {
    let folded = try ICU.normalize(Array(text.utf16), form: .nfkcCasefold)
    let decomposed = try ICU.normalize(folded, form: .nfd)
    var kept = String.UnicodeScalarView()
    var lastBaseIsLatin = false
    var pendingSpace = false
    for scalar in String(decoding: decomposed, as: UTF16.self).unicodeScalars {
      let category = ICU.generalCategory(of: scalar)
      if GeneralCategory.isMark(category) {
        if !lastBaseIsLatin { kept.append(scalar) }
        continue
      }
      if ICU.isWhiteSpace(scalar) {
        pendingSpace = !kept.isEmpty
        continue
      }
      if pendingSpace { kept.append(" ") }
      pendingSpace = false
      lastBaseIsLatin = ICU.script(of: scalar) == ICU.Script.latin.rawValue
      kept.append(PunctuationVariants.keyForm(of: scalar))
    }
    return String(
      decoding: try ICU.normalize(Array(String(kept).utf16), form: .nfc),
      as: UTF16.self
    )
  }

  /// Whether a scalar ends a line (LF, CR, NEL, LS, PS).
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
