/// One word (or number, or punctuation mark) of a text, with where it stands in the original.
public struct Word: Sendable, Hashable, Codable {
  /// What a word is made of.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Letters, kana or ideographs (`Macron`, `l'`, `マクロン`, `大統領`).
    case word
    /// A number written with digits (`1,234.5`, `１億`).
    case number
    /// A punctuation mark (`.`, `「`, `・`).
    case punctuation
    /// Anything else that is not white space (`%`, `$`, emoji).
    case symbol
  }

  /// The word as written.
  ///
  /// Words the segmenters make keep their UTF-8 bytes inline when they are short, as nearly all
  /// are, and make the string only when it is asked for: a text has hundreds of thousands of
  /// words, and most callers read the text of few of them.
  public var text: String {
    get {
      switch storage {
      case .inline(let bytes): bytes.string
      case .spelled(let text): text
      }
    }
    set { storage = .spelled(newValue) }
  }
  /// The UTF-8 byte range of the word in the original text.
  ///
  /// Held as two 32-bit offsets, so a word takes 32 bytes rather than 40 (a megabyte of text has
  /// about 200,000 words); like every TextCore offset it must lie below 2^31.
  public var utf8Range: Range<Int> {
    get { Int(lowerBound)..<Int(upperBound) }
    set {
      lowerBound = Int32(newValue.lowerBound)
      upperBound = Int32(newValue.upperBound)
    }
  }
  private var lowerBound: Int32
  private var upperBound: Int32
  /// The text, as a string or as its bytes.
  private var storage: Storage
  /// What the word is made of.
  public var kind: Kind

  /// Where a word's text is held.
  private enum Storage: Sendable {
    /// Up to 15 bytes of valid UTF-8, made into a string on demand.
    case inline(InlineUTF8)
    /// A string.
    case spelled(String)
  }

  /// Creates a word.
  ///
  /// - Precondition: `utf8Range` lies below 2^31, like every range TextCore makes.
  public init(text: String, utf8Range: Range<Int>, kind: Kind) {
    precondition(
      utf8Range.lowerBound >= Int(Int32.min) && utf8Range.upperBound <= Int(Int32.max),
      "a word's range must lie below 2^31"
    )
    lowerBound = Int32(utf8Range.lowerBound)
    upperBound = Int32(utf8Range.upperBound)
    self.storage = .spelled(text)
    self.kind = kind
  }

  /// Creates the word at `utf8Range` of the valid UTF-8 `bytes` (a range on scalar boundaries).
  @inline(__always)
  init(utf8Range: Range<Int>, kind: Kind, in bytes: UnsafeBufferPointer<UInt8>) {
    lowerBound = Int32(truncatingIfNeeded: utf8Range.lowerBound)
    upperBound = Int32(truncatingIfNeeded: utf8Range.upperBound)
    if let inline = InlineUTF8(utf8Range, in: bytes) {
      self.storage = .inline(inline)
    } else {
      self.storage = .spelled(SourceText.string(utf8Range, in: bytes))
    }
    self.kind = kind
  }

  /// Whether two words have equal text (as strings compare), range and kind.
  public static func == (lhs: Word, rhs: Word) -> Bool {
    lhs.lowerBound == rhs.lowerBound && lhs.upperBound == rhs.upperBound && lhs.kind == rhs.kind
      && lhs.text == rhs.text
  }

  /// Hashes the text, range and kind.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(utf8Range)
    hasher.combine(kind)
  }

  private enum CodingKeys: String, CodingKey {
    case text
    case utf8Range
    case kind
  }

  /// Creates a word from its encoded text, range and kind.
  ///
  /// - Throws: `DecodingError` when a field is missing or of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let range = try container.decode(Range<Int>.self, forKey: .utf8Range)
    guard range.lowerBound >= Int(Int32.min) && range.upperBound <= Int(Int32.max) else {
      throw DecodingError.dataCorruptedError(
        forKey: .utf8Range,
        in: container,
        debugDescription: "a word's range must lie below 2^31"
      )
    }
    self.init(
      text: try container.decode(String.self, forKey: .text),
      utf8Range: range,
      kind: try container.decode(Kind.self, forKey: .kind)
    )
  }

  /// Encodes the text, range and kind.
  ///
  /// - Throws: `EncodingError` when the encoder fails.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(utf8Range, forKey: .utf8Range)
    try container.encode(kind, forKey: .kind)
  }
}

/// Up to 15 bytes of valid UTF-8 held in two words, with their count in the last byte.
private struct InlineUTF8: Sendable {
  /// Bytes 0 to 7, little-endian.
  private var low: UInt64 = 0
  /// Bytes 8 to 14, little-endian, and the count in the top byte.
  private var high: UInt64 = 0

  /// The most bytes held.
  static let capacity = 15

  /// The bytes of `range` of `bytes`, or `nil` when there are more than `capacity`.
  @inline(__always)
  init?(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    let count = range.count
    guard count <= Self.capacity, range.lowerBound >= 0, range.upperBound <= bytes.count else {
      return nil
    }
    if range.lowerBound + 16 <= bytes.count, let base = bytes.baseAddress {
      // Two loads and masks, instead of a byte at a time.
      let raw = UnsafeRawPointer(base + range.lowerBound)
      let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
      low = count >= 8 ? first : first & ((1 &<< UInt64(count &* 8)) &- 1)
      high = count > 8 ? second & ((1 &<< UInt64((count &- 8) &* 8)) &- 1) : 0
    } else {
      for (index, offset) in range.enumerated() {
        if index < 8 {
          low |= UInt64(bytes[offset]) << UInt64(index * 8)
        } else {
          high |= UInt64(bytes[offset]) << UInt64((index - 8) * 8)
        }
      }
    }
    high |= UInt64(count) << 56
  }

  /// The bytes as a string.
  var string: String {
    let count = Int(high >> 56)
    if count == 0 { return "" }
    let words = (low.littleEndian, (high & 0x00FF_FFFF_FFFF_FFFF).littleEndian)
    return withUnsafeBytes(of: words) { raw in
      String(
        decoding: UnsafeBufferPointer(
          start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self),
          count: count
        ),
        as: UTF8.self
      )
    }
  }
}
