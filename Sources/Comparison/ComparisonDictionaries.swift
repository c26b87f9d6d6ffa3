import TextCore

/// The dictionary data a comparison reads: names that stand for each other and the English stop
/// words, which as a word of a concept (`the` of `the Netherlands`) say nothing on their own.
struct ComparisonDictionaries: Sendable {
  /// Seats of government and their countries.
  let relations: NameRelations
  /// English function words, from `en/stopwords.txt`.
  let stopWords: Set<String>

  /// The bundled dictionaries, read once per process.
  static let bundled: Result<ComparisonDictionaries, ComparisonError> = Result {
    () throws(ComparisonError) -> ComparisonDictionaries in
    try ComparisonDictionaries(source: BundledDictionaries())
  }

  /// Reads the dictionaries from `source`.
  ///
  /// - Throws: `ComparisonError` when a file is missing or malformed.
  init(source: any DictionarySource) throws(ComparisonError) {
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
