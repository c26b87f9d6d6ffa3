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
    // One generic step to the bytes; the work is done on them, without generic dispatch per
    // character (claim extraction keys every span of every sentence that could be a name).
    let fast = text.utf8.withContiguousStorageIfAvailable { fastKey(utf8: $0) } ?? .needsICU
    switch fast {
    case .unchanged: return String(text)
    case .key(let key): return key
    case .needsICU: return try TextNormalizer.key(String(text))
    }
  }

  /// The key of `text`, or `nil` when ICU fails (look-ups in text then simply miss).
  package static func makeIfPossible(_ text: some StringProtocol) -> String? {
    try? make(text)
  }

  /// What the fast path made of a text.
  enum FastKey: Equatable {
    /// The text is its own key.
    case unchanged
    /// The key.
    case key(String)
    /// A scalar needs ICU.
    case needsICU
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
    bytes.withUnsafeBufferPointer { scan($0) == .isKey }
  }

  /// What a look at every scalar of valid UTF-8 tells about its key.
  private enum Scan {
    /// The text is its own key.
    case isKey
    /// The fast path can make the key.
    case needsMapping
    /// A scalar needs ICU.
    case needsICU
  }

  /// Whether valid UTF-8 `bytes` are their own key, need the fast path's mapping (capitals,
  /// `` ` ``, extra spaces, the scalars of `mappedScalars`), or need ICU.
  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Scan {
    var isAlreadyKey = true
    var previousIsSpace = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte < 0x20 || byte == 0x7F { return .needsICU }
        if (0x41...0x5A).contains(byte) || byte == 0x60 { isAlreadyKey = false }
        if byte == 0x20 {
          if previousIsSpace { isAlreadyKey = false }
          previousIsSpace = true
        } else {
          previousIsSpace = false
        }
        index += 1
        continue
      }
      let (value, width) = scalar(at: index, in: bytes)
      if isIdentity(value) {
        previousIsSpace = false
      } else if mappedScalars[value] != nil {
        isAlreadyKey = false
        previousIsSpace = false
      } else {
        return .needsICU
      }
      index += width
    }
    if previousIsSpace && !bytes.isEmpty { isAlreadyKey = false }
    return isAlreadyKey ? .isKey : .needsMapping
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

  /// The key of valid UTF-8 `bytes` without ICU: lower-case ASCII (`` ` `` as `'`), kana and
  /// kanji as they are, the scalars of `mappedScalars` by their keys, spaces collapsed and
  /// trimmed; `.needsICU` when any other scalar occurs.
  static func fastKey(utf8 bytes: UnsafeBufferPointer<UInt8>) -> FastKey {
    switch scan(bytes) {
    case .isKey: return .unchanged
    case .needsICU: return .needsICU
    case .needsMapping: break
    }

    var result = [UInt8]()
    result.reserveCapacity(bytes.count + 8)
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x20 {
        pendingSpace = !result.isEmpty
        index += 1
        continue
      }
      if pendingSpace { result.append(0x20) }
      pendingSpace = false
      if byte < 0x80 {
        result.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte == 0x60 ? 0x27 : byte)
        index += 1
        continue
      }
      let (value, width) = scalar(at: index, in: bytes)
      if let mapped = mappedScalars[value] {
        result.append(contentsOf: mapped.utf8)
      } else {
        result.append(contentsOf: bytes[index..<index + width])
      }
      index += width
    }
    return .key(String(decoding: result, as: UTF8.self))
  }

  /// The scalar value and width of the non-ASCII UTF-8 sequence at `index` of valid UTF-8.
  @inline(__always)
  private static func scalar(
    at index: Int,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> (value: UInt32, width: Int) {
    let lead = bytes[index]
    func trail(_ offset: Int) -> UInt32 {
      index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
    }
    if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | trail(1), 2) }
    if lead < 0xF0 { return (UInt32(lead & 0x0F) << 12 | trail(1) << 6 | trail(2), 3) }
    return (UInt32(lead & 0x07) << 18 | trail(1) << 12 | trail(2) << 6 | trail(3), 4)
  }
}
