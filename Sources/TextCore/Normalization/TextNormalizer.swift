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
    let normalized = SourceText(bytes: try ICU.normalize(utf8: Array(text.utf8), form: .nfc))
    let bytes = normalized.bytes
    var output = [UInt8]()
    output.reserveCapacity(bytes.count)
    var pendingSpace = false
    var offset = 0
    while offset < bytes.count {
      let byte = bytes[offset]
      // ASCII fast path: printable characters other than the space need no ICU look-up.
      if byte > 0x20 && byte < 0x7F {
        if pendingSpace, let last = output.last, last != 0x0A { output.append(0x20) }
        pendingSpace = false
        output.append(byte)
        offset += 1
        continue
      }
      guard let (scalar, width) = normalized.scalar(at: offset) else { break }
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
    }
    return String(decoding: output, as: UTF8.self)
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
