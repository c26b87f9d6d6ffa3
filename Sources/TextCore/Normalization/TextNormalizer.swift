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
    let isNFC = text.utf8.withContiguousStorageIfAvailable {
      ICU.isNormalized(utf8: $0, form: .nfc)
    }
    var nfc = text
    if isNFC != true {
      nfc = String(decoding: try ICU.normalize(utf8: Array(text.utf8), form: .nfc), as: UTF8.self)
    }
    nfc.makeContiguousUTF8()
    let tidied = nfc.utf8.withContiguousStorageIfAvailable { tidiedForDisplay($0, of: nfc) }
    return (tidied ?? nil) ?? nfc
  }

  /// The white space, quote and dash tidying of `display(_:)` applied to NFC text (`bytes`, the
  /// UTF-8 of `string`), or `nil` when it would change nothing.
  ///
  /// Stretches the rules leave alone (printable ASCII, line feeds, a single space between two
  /// printable characters, non-ASCII characters that are neither white space nor a variant) are
  /// copied in bulk, as slices of `string` (which need no validation, unlike bytes made into a
  /// string); everything else goes through the rules one scalar at a time.
  private static func tidiedForDisplay(
    _ bytes: UnsafeBufferPointer<UInt8>,
    of string: String
  ) -> String? {
    let raw = UnsafeRawBufferPointer(bytes)
    let utf8 = string.utf8
    var output = ""
    var isCopying = false
    // Appends the unchanged `bytes[range]` (which falls on scalar boundaries) to `output`.
    func copy(_ range: Range<Int>) {
      guard !range.isEmpty else { return }
      let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let end = utf8.index(start, offsetBy: range.count)
      output += string[start..<end]
    }
    // `bytes[copyStart..<offset]` come out unchanged; they are appended when a change is made.
    var copyStart = 0
    var pendingSpace = false
    var offset = 0
    while offset < bytes.count {
      if !pendingSpace {
        // Printable ASCII, line feeds and single spaces between printable ASCII after what was
        // copied: the bulk of most text.
        while offset < bytes.count {
          // Eight bytes at a time: only the bytes that are neither printable ASCII nor a line
          // feed are looked at, and a space between printable characters passes.
          if offset + 8 <= bytes.count {
            var special = specialBytes(
              UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            )
            var stop = -1
            while special != 0 {
              let position = offset + special.trailingZeroBitCount / 8
              if !isKeptSpace(at: position, in: bytes, after: copyStart) {
                stop = position
                break
              }
              special &= special &- 1
            }
            if stop >= 0 {
              offset = stop
              break
            }
            offset += 8
            continue
          }
          let byte = bytes[offset]
          if byte &- 0x21 < 0x5E || byte == 0x0A {
            offset += 1
          } else if isKeptSpace(at: offset, in: bytes, after: copyStart) {
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
        if byte == 0x20,
          (offset > copyStart ? bytes[offset - 1] : output.utf8.last ?? 0x0A) != 0x0A,
          let (next, _) = SourceText.scalar(at: offset + 1, in: bytes),
          next.value > 0x20 && next.value < 0x7F
            || next.value >= 0x80 && !isLineBreak(next) && !ICU.isWhiteSpace(next)
        {
          offset += 1
          continue
        }
        // A non-ASCII character that stays, and the ones that follow it directly (Japanese
        // comes in long runs of them, where a look at eight bytes at a time would not pay).
        if byte >= 0x80, var width = keptWidth(at: offset, in: bytes) {
          repeat {
            offset += width
            guard offset < bytes.count, bytes[offset] >= 0x80,
              let next = keptWidth(at: offset, in: bytes)
            else { break }
            width = next
          } while true
          continue
        }
      }
      let byte = bytes[offset]
      if !isCopying {
        isCopying = true
        output.reserveCapacity(bytes.count)
      }
      copy(copyStart..<offset)
      // The rules, one scalar at a time.
      if byte > 0x20 && byte < 0x7F {
        if pendingSpace, let last = output.utf8.last, last != 0x0A { output += " " }
        pendingSpace = false
        output.unicodeScalars.append(Unicode.Scalar(byte))
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
        output += "\n"
      } else if ICU.isWhiteSpace(scalar) {
        pendingSpace = true
      } else {
        if pendingSpace, let last = output.utf8.last, last != 0x0A { output += " " }
        pendingSpace = false
        output.unicodeScalars.append(PunctuationVariants.displayForm(of: scalar))
      }
      copyStart = offset
    }
    guard isCopying else { return nil }
    copy(copyStart..<bytes.count)
    return output
  }

  /// The width of the scalar at `offset` when it comes out of the display form as it is (it is
  /// neither a line break, nor white space, nor a punctuation variant), else `nil`.
  @inline(__always)
  private static func keptWidth(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let (scalar, width) = SourceText.scalar(at: offset, in: bytes),
      !isLineBreak(scalar), PunctuationVariants.displayForm(of: scalar) == scalar,
      !ICU.isWhiteSpace(scalar)
    else { return nil }
    return width
  }

  /// The bytes of eight bytes of text (read little-endian) that are neither printable ASCII
  /// (0x21 to 0x7E) nor a line feed, each marked by its top bit, less the spaces that have
  /// printable ASCII on both sides within the eight (which the display form keeps).
  ///
  /// Bit tricks on the whole word, on the low seven bits of each byte so no sum carries into the
  /// next: `+ 0x5F` sets the top bit from 0x21 up, `+ 0x01` only for 0x7F, and `(x ^ c) + 0x7F`
  /// for every byte but `c`. Bytes from 0x80 up are all marked. Shifting a mask by eight bits
  /// lines each byte up with its neighbour.
  @inline(__always)
  private static func specialBytes(_ word: UInt64) -> UInt64 {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let nonASCII = word & highs
    let low = word & lows
    let atLeast21 = (low &+ 0x5F5F_5F5F_5F5F_5F5F) & highs
    let isDelete = (low &+ 0x0101_0101_0101_0101) & highs
    let isNotLineFeed = ((low ^ 0x0A0A_0A0A_0A0A_0A0A) &+ lows) & highs
    let isNotSpace = ((low ^ 0x2020_2020_2020_2020) &+ lows) & highs
    let printable = atLeast21 & ~isDelete & ~nonASCII
    let plain = printable | (~isNotLineFeed & ~nonASCII & highs)
    let spaces = ~isNotSpace & ~nonASCII & highs
    let keptSpaces = spaces & (printable << 8) & (printable >> 8)
    return (nonASCII | (~plain & highs)) & ~keptSpaces
  }

  /// Whether the byte at `offset` is a space the display form keeps as it is, seen from the
  /// scan: it follows a kept byte (after `copyStart`) that is not a line feed, and printable
  /// ASCII follows it.
  @inline(__always)
  private static func isKeptSpace(
    at offset: Int,
    in bytes: UnsafeBufferPointer<UInt8>,
    after copyStart: Int
  ) -> Bool {
    bytes[offset] == 0x20 && offset > copyStart && bytes[offset - 1] != 0x0A
      && offset + 1 < bytes.count && bytes[offset + 1] &- 0x21 < 0x5E
  }

  /// The comparison key: NFKC with case folding (which also folds width), Latin diacritics
  /// removed (`Élysée` → `elysee`), quotes and dashes unified, white space collapsed.
  ///
  /// Marks on non-Latin letters stay: Japanese voiced marks are part of the letter (`ガ` ≠ `カ`).
  public static func key(_ text: String) throws(TextProcessingError) -> String {
    if let key = printableASCIIKey(text) { return key }
    return try icuKey(text)
  }

  /// The key of text made only of printable ASCII, as `icuKey` makes it (lower case, `` ` `` as
  /// `'`, spaces collapsed and trimmed), or `nil` for any other text.
  ///
  /// Most keys asked for are of English or French words; three ICU passes over them cost a
  /// hundred times more.
  static func printableASCIIKey(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
      var key = [UInt8]()
      key.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        if byte == 0x20 {
          pendingSpace = !key.isEmpty
          continue
        }
        if pendingSpace { key.append(0x20) }
        pendingSpace = false
        key.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte == 0x60 ? 0x27 : byte)
      }
      return String(decoding: key, as: UTF8.self)
    }
  }

  /// The key made with ICU: NFKC_Casefold, then NFD to drop Latin marks, then NFC.
  static func icuKey(_ text: String) throws(TextProcessingError) -> String {
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
