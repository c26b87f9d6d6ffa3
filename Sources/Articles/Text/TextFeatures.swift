extension Unicode.Scalar {
  /// Whether the scalar is white space; ASCII is answered without the Unicode property table,
  /// which dominates extraction time otherwise.
  var isSpace: Bool { TextFeatures.isWhitespace(value) }
}

extension String {
  /// Whether `other` occurs in the string, compared by UTF-8 bytes (no Foundation, no locale).
  func containsText(_ other: String) -> Bool {
    var haystack = self
    var needle = other
    return haystack.withUTF8 { text in
      needle.withUTF8 { pattern in
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        var start = 0
        while start <= text.count - pattern.count {
          if text[start] == first {
            var offset = 1
            while offset < pattern.count && text[start + offset] == pattern[offset] { offset += 1 }
            if offset == pattern.count { return true }
          }
          start += 1
        }
        return false
      }
    }
  }
}

/// Structural measures of a line or block of text that tell prose from page furniture.
enum TextFeatures {
  /// Whether a scalar value has Unicode's White_Space property, answered without the property
  /// table, which dominates extraction time otherwise (the set is fixed by the standard).
  static func isWhitespace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      true
    default: false
    }
  }

  /// The length of `text` in Latin-letter equivalents: kana and ideographs count three, since a
  /// Japanese sentence says in 30 characters what an English one says in about 90.
  static func weightedLength(_ text: some StringProtocol) -> Int {
    if let length = text.utf8.withContiguousStorageIfAvailable(weightedLength(utf8:)) {
      return length
    }
    var copy = String(text)
    return copy.withUTF8(weightedLength(utf8:))
  }

  /// `weightedLength` over valid UTF-8: one per scalar, three per CJK scalar (all CJK ranges
  /// are three-byte sequences, so only those are decoded).
  private static func weightedLength(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var length = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      length += 1
      if lead < 0x80 {
        index += 1
      } else if lead < 0xE0 {
        index += 2
      } else if lead < 0xF0 {
        if index + 2 < count {
          let value =
            UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
          if isCJK(value) { length += 2 }
        }
        index += 3
      } else {
        index += 4
      }
    }
    return length
  }

  /// Whether the scalar is a kana, ideograph or CJK punctuation.
  static func isCJK(_ scalar: Unicode.Scalar) -> Bool { isCJK(scalar.value) }

  /// Whether the scalar value is a kana, ideograph or CJK punctuation.
  static func isCJK(_ value: UInt32) -> Bool {
    switch value {
    case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: true
    default: false
    }
  }

  /// Whether the text ends like a sentence: `.`, `!`, `?`, `。`, `！`, `？`, `…`, possibly
  /// followed by closing quotes or brackets and the spaces French sets before them.
  static func endsSentence(_ text: some StringProtocol) -> Bool {
    for scalar in text.unicodeScalars.reversed() {
      switch scalar {
      // French sets a space, often a no-break one, inside guillemets (`là ! »`).
      case "\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "\u{300D}", "\u{300F}",
        "\u{FF09}", "\u{3011}", " ", "\u{00A0}", "\u{202F}", "\u{2009}":
        continue
      case ".", "!", "?", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{2026}", "\u{FF0E}": return true
      default:
        return false
      }
    }
    return false
  }

  /// The number of sentence-ending marks inside the text (`. `, `。`, `? `, ...).
  static func sentenceMarks(_ text: some StringProtocol) -> Int {
    var count = 0
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{3002}", "\u{FF01}", "\u{FF1F}": count += 1
      case " " where previous == "." || previous == "!" || previous == "?": count += 1
      default: break
      }
      previous = scalar
    }
    if endsSentence(text) && !(text.unicodeScalars.last.map { $0 == "\u{3002}" } ?? false) {
      count += 1
    }
    return count
  }

  /// The number of commas, Latin or CJK, in the text.
  static func commas(_ text: some StringProtocol) -> Int {
    text.unicodeScalars.reduce(0) {
      $0 + ($1 == "," || $1 == "\u{3001}" || $1 == "\u{FF0C}" ? 1 : 0)
    }
  }

  /// The number of words: runs of Latin letters or digits, plus one per CJK character / 2.
  static func wordCount(_ text: some StringProtocol) -> Int {
    var words = 0
    var cjk = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      if isCJK(scalar) {
        cjk += 1
        inWord = false
      } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
        if !inWord { words += 1 }
        inWord = true
      } else if scalar != "'" && scalar != "\u{2019}" && scalar != "-" {
        inWord = false
      }
    }
    return words + (cjk + 1) / 2
  }

  /// Whether the text has letters and every cased letter is upper case (`PARIS`, `NEW YORK`).
  static func isUppercase(_ text: some StringProtocol) -> Bool {
    var letters = 0
    for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
      if scalar.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// Collapses runs of white space into single spaces and trims the ends; zero-width spaces
  /// and byte-order marks count as white space.
  static func collapsingWhitespace(_ text: some StringProtocol) -> String {
    if let result = text.utf8.withContiguousStorageIfAvailable(collapsingWhitespace(utf8:)) {
      return result
    }
    var copy = String(text)
    return copy.withUTF8(collapsingWhitespace(utf8:))
  }

  /// `collapsingWhitespace` over valid UTF-8; the result is never longer than the input.
  private static func collapsingWhitespace(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { output in
      var count = 0
      var index = 0
      var pendingSpace = false
      while index < bytes.count {
        let lead = bytes[index]
        let width = lead < 0x80 ? 1 : (lead < 0xE0 ? 2 : (lead < 0xF0 ? 3 : 4))
        let end = min(index + width, bytes.count)
        var value = UInt32(lead)
        if width == 2 && end == index + 2 {
          value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        } else if width == 3 && end == index + 3 {
          value =
            UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6
            | UInt32(bytes[index + 2] & 0x3F)
        }
        if width < 4 && (isWhitespace(value) || value == 0x200B || value == 0xFEFF) {
          pendingSpace = count > 0
        } else {
          if pendingSpace {
            output[count] = 0x20
            count += 1
            pendingSpace = false
          }
          for offset in index..<end {
            output[count] = bytes[offset]
            count += 1
          }
        }
        index = end
      }
      return count
    }
  }

  /// Replaces full-width digits with ASCII ones so dates read the same in every width.
  static func asciiDigits(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { (0xFF10...0xFF19).contains($0.value) }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if (0xFF10...0xFF19).contains(scalar.value),
        let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30)
      {
        result.append(ascii)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
