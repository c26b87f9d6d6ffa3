import Testing

@testable import TextCore

@Suite("Language profiles and dictionaries")
struct LanguageProfileTests {
  @Test("Every bundled profile loads", arguments: Language.allCases)
  func bundledProfilesLoad(_ language: Language) throws {
    let profile = try LanguageProfile.bundled(language)
    #expect(profile.language == language)
    #expect(!profile.stopWords.isEmpty)
  }

  @Test("Spelled-out number words come from ICU's spellout rules")
  func spelloutWords() throws {
    #expect(try LanguageProfile.bundled(.english).spelloutStarts.contains("twenty"))
    #expect(try LanguageProfile.bundled(.french).spelloutStarts.contains("quatre"))
  }

  @Test("A malformed line names the file and line")
  func malformedLine() throws {
    var files = try Self.englishFiles()
    files["en/abbreviations.tsv"] = "# comment\nMr.\tnonterminal\nDr.\tsometimes\n"
    let error = #expect(throws: TextProcessingError.self) {
      try LanguageProfile.load(.english, from: InMemoryDictionaries(files: files))
    }
    #expect(
      error?.description
        == "<memory>/en/abbreviations.tsv:3: kind must be 'nonterminal' or 'ambiguous', not 'sometimes'"
    )
  }

  @Test("A missing field names the file and line")
  func missingField() throws {
    var files = try Self.englishFiles()
    files["en/scale-words.tsv"] = "million\t1000000\nbillion\n"
    let error = #expect(throws: TextProcessingError.self) {
      try LanguageProfile.load(.english, from: InMemoryDictionaries(files: files))
    }
    #expect(error?.description.hasPrefix("<memory>/en/scale-words.tsv:2:") == true)
  }

  @Test("A missing file is named")
  func missingFile() throws {
    var files = try Self.englishFiles()
    files["en/stopwords.txt"] = nil
    #expect(throws: TextProcessingError.missingDictionary(language: "en", name: "en/stopwords.txt"))
    {
      try LanguageProfile.load(.english, from: InMemoryDictionaries(files: files))
    }
  }

  /// The bundled English files, to alter one at a time.
  private static func englishFiles() throws -> [String: String] {
    let names = [
      "profile.tsv", "abbreviations.tsv", "stopwords.txt", "elisions.txt", "clitics.txt",
      "scale-words.tsv", "ambiguous-number-words.txt", "units.txt", "non-number-words.txt",
      "quotative-particles.txt", "non-initial-characters.txt", "numeral-characters.txt",
    ]
    var files = [String: String]()
    for name in names {
      // A missing bundled file stays missing, and the tests' loads then fail loudly.
      files["en/\(name)"] = try BundledDictionaries().contents(ofFile: "en/\(name)")
    }
    return files
  }
}
