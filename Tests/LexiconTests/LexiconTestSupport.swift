import Lexicon
import TextCore

/// The bundled dictionaries with some files replaced or removed, for error tests.
struct OverlayDictionaries: DictionarySource {
  /// The source read for every file not overridden.
  let base: any DictionarySource
  /// Replacement contents by path; `nil` removes the file.
  let overrides: [String: String?]

  func contents(ofFile path: String) throws(TextProcessingError) -> String? {
    if let override = overrides[path] { return override }
    return try base.contents(ofFile: path)
  }

  func displayName(ofFile path: String) -> String { "dictionaries/\(path)" }
}

/// The bundled lexicon, loaded once for all tests.
enum SharedLexicon {
  static let lexicon: Lexicon? = try? Lexicon.bundled()
}
