import TextCore

/// Comparison keys for dictionary look-ups, equal to `TextNormalizer.key` but fast on the
/// scripts the dictionaries are written in.
///
/// Loading the lexicons means keying about 400,000 strings; calling ICU three times for each
/// would take seconds. Most strings are already keys (lower-case ASCII, kana, kanji) or differ
/// only in case and Latin diacritics, which map scalar by scalar. Any other scalar (combining
/// marks, half-width kana, control characters, rare scripts) sends the whole string to ICU.
package enum LookupKey {
  /// The comparison key of `text`, identical to `TextNormalizer.key(text)`.
  ///
  /// - Throws: `TextProcessingError` when ICU fails on a string the fast path cannot key.
  package static func make(_ text: some StringProtocol) throws(TextProcessingError) -> String {
    if let key = fastKey(text) { return key }
    return try TextNormalizer.key(String(text))
  }

  /// The key of `text`, or `nil` when ICU fails (look-ups in text then simply miss).
  package static func makeIfPossible(_ text: some StringProtocol) -> String? {
    try? make(text)
  }

  /// Scalars that are their own key (kana, CJK unified ideographs, `々`, `・`, `ー`).
  @inline(__always)
  static func isIdentity(_ value: UInt32) -> Bool {
    (0x3041...0x3096).contains(value) || (0x30A1...0x30FA).contains(value)
      || (0x4E00...0x9FFF).contains(value) || value == 0x3005 || value == 0x30FB
      || value == 0x30FC
  }

  /// Whether UTF-8 bytes are already a comparison key.
  ///
  /// Lower-case ASCII without doubled, leading or trailing spaces, kana and kanji are keys.
  /// Conservative: `false` means "compute it".
  static func isKey(_ bytes: ArraySlice<UInt8>) -> Bool {
    var previousIsSpace = true
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte < 0x20 || byte == 0x7F || (0x41...0x5A).contains(byte) || byte == 0x60 {
          return false
        }
        if byte == 0x20 && previousIsSpace { return false }
        previousIsSpace = byte == 0x20
        index += 1
      } else if byte & 0xF0 == 0xE0, index + 2 < bytes.endIndex {
        let value =
          UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
          | UInt32(bytes[index + 2] & 0x3F)
        guard isIdentity(value) else { return false }
        previousIsSpace = false
        index += 3
      } else {
        return false
      }
    }
    return !previousIsSpace || bytes.isEmpty
  }

  /// Keys of single Latin-1, Latin Extended and full-width ASCII scalars, computed by ICU once.
  ///
  /// These scalars have no combining marks and do not compose with their neighbours, so the
  /// key of a string made of them is the concatenation of their keys.
  static let mappedScalars: [UInt32: String] = {
    var table = [UInt32: String]()
    // Latin-1 and Latin Extended letters and signs, general punctuation (curly quotes,
    // dashes), CJK punctuation, full-width ASCII and half-width katakana without the
    // combining voiced marks U+FF9E and U+FF9F.
    let ranges: [ClosedRange<UInt32>] = [
      0x00A1...0x024F, 0x2010...0x205E, 0x3001...0x303F, 0xFF01...0xFF9D,
    ]
    for value in ranges.joined() {
      guard let scalar = Unicode.Scalar(value), let key = try? TextNormalizer.key(String(scalar))
      else { continue }
      if !key.isEmpty && !key.unicodeScalars.contains(where: { $0 == " " }) {
        table[value] = key
      }
    }
    return table
  }()

  /// The key of ASCII text (lower case, `` ` `` as `'`, spaces collapsed), or `nil` when the
  /// text is not all printable ASCII.
  static func asciiKey(_ text: some StringProtocol) -> String? {
    var bytes = [UInt8]()
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      guard byte >= 0x20 && byte < 0x7F else { return nil }
      if byte == 0x20 {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace { bytes.append(0x20) }
      pendingSpace = false
      if (0x41...0x5A).contains(byte) {
        bytes.append(byte + 0x20)
      } else {
        bytes.append(byte == 0x60 ? UInt8(ascii: "'") : byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The key without ICU, or `nil` when a scalar needs ICU.
  static func fastKey(_ text: some StringProtocol) -> String? {
    if let key = asciiKey(text) { return key }
    var isAlreadyKey = true
    var previousIsSpace = true
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        if value < 0x20 || value == 0x7F { return nil }
        if (0x41...0x5A).contains(value) || value == 0x60 { isAlreadyKey = false }
        if value == 0x20 {
          if previousIsSpace { isAlreadyKey = false }
          previousIsSpace = true
        } else {
          previousIsSpace = false
        }
      } else if isIdentity(value) {
        previousIsSpace = false
      } else if mappedScalars[value] != nil {
        isAlreadyKey = false
        previousIsSpace = false
      } else {
        return nil
      }
    }
    if previousIsSpace && !text.isEmpty { isAlreadyKey = false }
    if isAlreadyKey { return String(text) }

    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value == 0x20 {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      if (0x41...0x5A).contains(value), let lower = Unicode.Scalar(value + 0x20) {
        result.append(lower)
      } else if value == 0x60 {
        result.append("'")
      } else if value < 0x80 || isIdentity(value) {
        result.append(scalar)
      } else if let mapped = mappedScalars[value] {
        result.append(contentsOf: mapped.unicodeScalars)
      }
    }
    return String(result)
  }
}
