import Foundation
import Testing
import TestSupport

@testable import TextCore

/// The shim's sentence and chunked word boundaries, checked against ICU's own.
///
/// The shim fills in the rule status of most word segments without asking ICU (issue #2: a call
/// per segment was a twentieth of the run) and hands word boundaries out in chunks; these tests
/// pin that every boundary and status it gives is the one ICU gives.
@Suite("ICU shim")
struct ICUShimTests {
  /// Texts with segments of every kind: letters, letters ending in digits (`SS19`, `HER2`, a
  /// number to ICU), digits ending in letters (`3rd`), spaces before marks, clitics, kana and
  /// ideographs.
  static let samples: [LanguageCase<Void>] = [
    LanguageCase(
      "English letters, numbers and codes",
      .english,
      "The SS19 and HER2 tests, the 3rd WW1 F125 run, Japan's U.S. visit at 9 a.m. \u{301}x  y",
      ()
    ),
    LanguageCase(
      "French elisions and grouped numbers",
      .french,
      "L'Élysée a reçu 1 234,5 € d’aide le 2 mai\u{00A0}; « Oui », dit-il.",
      ()
    ),
    LanguageCase(
      "Japanese kana, kanji and Latin",
      .japanese,
      "マクロン大統領はParisで「ＲＡＡ」と１億２千万円について語った。abc123 x",
      ()
    ),
  ]

  @Test("Boundaries and word statuses of the one-call segments are ICU's", arguments: samples)
  func statusesAreICUs(_ sample: LanguageCase<Void>) throws {
    try expectICUStatuses(sample.text, language: sample.language)
  }

  @Test("Boundaries and word statuses of the one-call segments are ICU's over the examples")
  func statusesOverExamples() throws {
    let detector = try LanguageDetector()
    var checked = 0
    for folder in try RepositoryFiles.storyFolders() {
      let files = try FileManager.default.contentsOfDirectory(
        at: folder,
        includingPropertiesForKeys: nil
      )
      for file in files where file.pathExtension == "txt" {
        let text = try String(contentsOf: file, encoding: .utf8)
        try expectICUStatuses(text, language: try detector.language(of: text))
        checked += 1
      }
    }
    #expect(checked >= 8)
  }

  private func expectICUStatuses(_ text: String, language: Language) throws {
    let profile = try LanguageProfile.bundled(language)
    let bytes = Array(text.utf8)
    let segments = try ICU.Segments(
      inUTF8: bytes,
      sentenceLocale: profile.sentenceBreakLocale,
      wordLocale: profile.wordBreakLocale
    )
    // Small chunks, so a text of the examples spans many.
    var ends = [Int32](repeating: 0, count: 7)
    var statuses = [Int32](repeating: 0, count: 7)
    var combined = (wordEnds: [Int32](), wordStatuses: [Int32]())
    ends.withUnsafeMutableBufferPointer { ends in
      statuses.withUnsafeMutableBufferPointer { statuses in
        while case let count = segments.nextWords(into: ends, statuses: statuses), count > 0 {
          combined.wordEnds += ends[..<count]
          combined.wordStatuses += statuses[..<count]
        }
      }
    }
    let sentences = try ICU.boundaries(
      .sentence,
      locale: profile.sentenceBreakLocale,
      inUTF8: bytes,
      withStatuses: false
    )
    #expect(segments.sentenceEnds == sentences.offsets)
    let asked = try ICU.boundaries(
      .word,
      locale: profile.wordBreakLocale,
      inUTF8: bytes,
      withStatuses: true
    )
    #expect(!combined.wordEnds.isEmpty)
    #expect(combined.wordEnds == asked.offsets)
    #expect(combined.wordStatuses == asked.statuses)
  }
}
