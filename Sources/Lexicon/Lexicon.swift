import TextCore

/// Everything StoryDiff knows about words and names across English, French and Japanese:
/// the name table, Japanese name readings, the concept lexicons and the per-language lists.
///
/// Load it once and share it; it is an immutable value.
///
/// ```swift
/// let lexicon = try Lexicon.bundled()
/// lexicon.names.names(forKey: "マクロン").first?.entity.canonical  // "Emmanuel Macron"
/// lexicon.concepts.concepts(ofKey: "交渉", language: .japanese).first  // "negotiation"
/// ```
public struct Lexicon: Sendable {
  /// The multilingual name table.
  public let names: NameTable
  /// Readings of Japanese surnames and given names.
  public let readings: NameReadings
  /// Concepts across languages from the bilingual lexicons.
  public let concepts: ConceptLexicon
  private let english: LanguageLists
  private let french: LanguageLists
  private let japanese: LanguageLists

  /// The name tables the lexicon reads, below the dictionaries folder.
  public static let nameTableFiles = ["names/gazetteer-cldr.tsv", "names/gazetteer-curated.tsv"]

  /// The per-language lists of `language`.
  public func lists(for language: Language) -> LanguageLists {
    switch language {
    case .english: english
    case .french: french
    case .japanese: japanese
    }
  }

  /// Loads the tables that text in `languages` needs from `source` (by default every table).
  ///
  /// The name table and every language's lists are always loaded. English text needs only the
  /// English side of the lexicons; French text also the French side and the French–Japanese
  /// pivot; Japanese text everything, including the name readings.
  ///
  /// - Throws: `LexiconError` naming the file (and line) that is missing or malformed.
  /// - Complexity: O(n) in the size of the files read (about 6 MB for every table).
  public static func load(
    from source: any DictionarySource,
    languages: Set<Language> = Set(Language.allCases)
  ) throws(LexiconError) -> Lexicon {
    Lexicon(
      names: try NameTable.load(nameTableFiles, from: source),
      readings: languages.contains(.japanese)
        ? try NameReadings.load(from: source) : NameReadings.empty,
      concepts: try ConceptLexicon.load(from: source, languages: languages),
      english: try LanguageLists.load(.english, from: source),
      french: try LanguageLists.load(.french, from: source),
      japanese: try LanguageLists.load(.japanese, from: source)
    )
  }

  /// The lexicon of the bundled dictionaries, loaded once per process.
  ///
  /// - Throws: `LexiconError` when the bundled dictionaries are missing or malformed.
  public static func bundled() throws(LexiconError) -> Lexicon { try bundledLexicon.get() }

  private static let bundledLexicon: Result<Lexicon, LexiconError> = {
    do throws(LexiconError) {
      return .success(try load(from: BundledDictionaries()))
    } catch {
      return .failure(error)
    }
  }()
}
