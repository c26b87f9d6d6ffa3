import TextCore

/// The Latin spellings ENAMDICT gives names written in katakana (`ミラー`: Miller, Millar,
/// Myller), from `names/ja-katakana-glosses.tsv`.
///
/// Too loose to name anyone on their own (`パス` is Pass, Path or Paz), they are used within one
/// story only, where another article's Latin name picks the spelling (`StoryNames`).
struct KatakanaGlosses: Sendable {
  /// The file's UTF-8.
  private let bytes: [UInt8]
  /// The byte ranges of each line's katakana and spellings, in ascending byte order of the
  /// katakana; a story looks up a few of the 76,000, so nothing more is made of them.
  private let entries: [(katakana: Range<Int>, spellings: Range<Int>)]

  /// The bundled spellings, read once per process on first use.
  static let bundled: Result<KatakanaGlosses, ComparisonError> = Result {
    () throws(ComparisonError) -> KatakanaGlosses in
    try KatakanaGlosses(source: BundledDictionaries())
  }

  /// Reads the spellings from `source`.
  ///
  /// - Throws: `ComparisonError.dictionary` when the file is missing or a line is malformed.
  init(source: any DictionarySource) throws(ComparisonError) {
    let (name, text) = try ComparisonDictionaries.file("names/ja-katakana-glosses.tsv", in: source)
    bytes = Array(text.utf8)
    var entries = [(katakana: Range<Int>, spellings: Range<Int>)]()
    var start = 0
    var lineNumber = 0
    while start < bytes.count {
      lineNumber += 1
      let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
      defer { start = end + 1 }
      guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
      guard let tab = bytes[start..<end].firstIndex(of: 0x09), tab > start, tab + 1 < end,
        !bytes[(tab + 1)..<end].contains(0x09)
      else {
        throw .dictionary(
          file: "\(name):\(lineNumber)",
          reason: "expected katakana<TAB>spelling|spelling..."
        )
      }
      entries.append((start..<tab, (tab + 1)..<end))
    }
    let bytes = self.bytes
    if !zip(entries, entries.dropFirst()).allSatisfy({
      bytes[$0.katakana].lexicographicallyPrecedes(bytes[$1.katakana])
    }) {
      entries.sort { bytes[$0.katakana].lexicographicallyPrecedes(bytes[$1.katakana]) }
    }
    self.entries = entries
  }

  /// The comparison keys of the spellings of `katakana`, or `nil` when it has none.
  func spellings(of katakana: Substring) -> [String]? {
    let wanted = Array(katakana.utf8)
    var low = 0
    var high = entries.count
    while low < high {
      let middle = (low + high) / 2
      if bytes[entries[middle].katakana].lexicographicallyPrecedes(wanted) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < entries.count, bytes[entries[low].katakana].elementsEqual(wanted) else {
      return nil
    }
    let line = String(decoding: bytes[entries[low].spellings], as: UTF8.self)
    return line.split(separator: "|").compactMap { try? TextNormalizer.key(String($0)) }
  }
}
