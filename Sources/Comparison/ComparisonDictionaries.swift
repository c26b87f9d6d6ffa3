import TextCore

/// The dictionary data a comparison reads: names that stand for each other and the English stop
/// words, which as a word of a concept (`the` of `the Netherlands`) say nothing on their own.
struct ComparisonDictionaries: Sendable {
  /// Seats of government and their countries.
  let relations: NameRelations
  /// English function words, from `en/stopwords.txt`.
  let stopWords: Set<String>
  /// ENAMDICT's spellings of katakana names, read only when a story has a Japanese article.
  let glosses: @Sendable () -> Result<KatakanaGlosses, ComparisonError>

  /// The bundled dictionaries, read once per process (the glosses once, on first use).
  static let bundled: Result<ComparisonDictionaries, ComparisonError> = Result {
    () throws(ComparisonError) -> ComparisonDictionaries in
    try ComparisonDictionaries(source: BundledDictionaries(), glosses: { KatakanaGlosses.bundled })
  }

  /// Reads the dictionaries from `source`; `glosses` reads the katakana spellings, by default
  /// from `source` each time they are needed.
  ///
  /// - Throws: `ComparisonError` when a file is missing or malformed.
  init(
    source: any DictionarySource,
    glosses: (@Sendable () -> Result<KatakanaGlosses, ComparisonError>)? = nil
  ) throws(ComparisonError) {
    self.glosses =
      glosses ?? {
        Result { () throws(ComparisonError) -> KatakanaGlosses in
          try KatakanaGlosses(source: source)
        }
      }
    relations = try NameRelations(source: source)
    let (_, text) = try Self.file("en/stopwords.txt", in: source)
    // One word per line; `#` starts a comment line.
    stopWords = Set(
      text.split(separator: "\n").map { String($0.filter { !$0.isWhitespace }) }.filter {
        !$0.isEmpty && !$0.hasPrefix("#")
      }
    )
  }

  /// The display name and text of the file at `path` of `source`.
  ///
  /// - Throws: `ComparisonError.dictionary` when the file is missing or cannot be read.
  static func file(
    _ path: String,
    in source: any DictionarySource
  ) throws(ComparisonError) -> (name: String, text: String) {
    let name = source.displayName(ofFile: path)
    let text: String?
    do {
      text = try source.contents(ofFile: path)
    } catch {
      throw .dictionary(file: name, reason: error.description)
    }
    guard let text else { throw .dictionary(file: name, reason: "the file is missing") }
    return (name, text)
  }
}
