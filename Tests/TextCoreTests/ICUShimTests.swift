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

  @Test(
    "Boundaries and word statuses of the one-call segments are ICU's",
    arguments: samples,
    [false, true]
  )
  func statusesAreICUs(_ sample: LanguageCase<Void>, concurrent: Bool) throws {
    try expectICUStatuses(sample.text, language: sample.language, concurrent: concurrent)
  }

  @Test(
    "Boundaries and word statuses of the one-call segments are ICU's over the examples",
    arguments: [false, true]
  )
  func statusesOverExamples(concurrent: Bool) throws {
    var checked = 0
    for (text, language) in try exampleTexts() {
      try expectICUStatuses(text, language: language, concurrent: concurrent)
      checked += 1
    }
    #expect(checked >= 8)
  }

  /// A text long enough that the worker thread goes round its ring of 64 slots of 4,096
  /// boundaries (more than 262,144 boundaries), with the caller taking a few at a time.
  @Test(
    "Boundaries and word statuses found on the worker thread are ICU's",
    arguments: [
      Language.english, .french, .japanese,
    ]
  )
  func concurrentStatusesOfALongText(_ language: Language) throws {
    let examples = try exampleTexts().filter { $0.language == language }.map(\.text)
    var text = ""
    while text.utf8.count < 1_400_000 { text += examples.joined(separator: "\n") + "\n" }
    try expectICUStatuses(text, language: language, concurrent: nil)
  }

  @Test("Closing the segments before every word is out stops the worker thread")
  func closingEarly() throws {
    let profile = try LanguageProfile.bundled(.english)
    let bytes = Array(String(repeating: "One more word. ", count: 20_000).utf8)
    for taken in [0, 1, 20] {
      let segments = try ICU.Segments(
        inUTF8: bytes,
        sentenceLocale: profile.sentenceBreakLocale,
        wordLocale: profile.wordBreakLocale,
        concurrent: true
      )
      var ends = [Int32](repeating: 0, count: 4096)
      var statuses = [Int32](repeating: 0, count: 4096)
      var count = 0
      ends.withUnsafeMutableBufferPointer { ends in
        statuses.withUnsafeMutableBufferPointer { statuses in
          for _ in 0..<taken { count += segments.nextWords(into: ends, statuses: statuses) }
        }
      }
      #expect(count == 4096 * taken)
      #expect(segments.sentenceEnds.count == 20_000)
    }
  }

  @Test("The analysis is the same with the word iterator on a worker thread")
  func analysisWithAndWithoutWorker() throws {
    for language in [Language.english, .french, .japanese] {
      let examples = try exampleTexts().filter { $0.language == language }.map(\.text)
      var text = ""
      while text.utf8.count < 200_000 { text += examples.joined(separator: "\n") + "\n" }
      var analyzer = try TextAnalyzer(language: language)
      let concurrent = try analyzer.analyze(text)
      analyzer.findsWordsConcurrently = false
      let serial = try analyzer.analyze(text)
      #expect(concurrent.count > 1000)
      #expect(concurrent == serial)
    }
  }

  /// The `.txt` articles of the examples, with their detected languages.
  private func exampleTexts() throws -> [(text: String, language: Language)] {
    let detector = try LanguageDetector()
    var texts = [(text: String, language: Language)]()
    for folder in try RepositoryFiles.storyFolders() {
      let files = try FileManager.default.contentsOfDirectory(
        at: folder,
        includingPropertiesForKeys: nil
      )
      for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "txt" {
        let text = try String(contentsOf: file, encoding: .utf8)
        texts.append((text, try detector.language(of: text)))
      }
    }
    return texts
  }

  private func expectICUStatuses(
    _ text: String,
    language: Language,
    concurrent: Bool? = false
  ) throws {
    let profile = try LanguageProfile.bundled(language)
    let bytes = Array(text.utf8)
    let segments = try ICU.Segments(
      inUTF8: bytes,
      sentenceLocale: profile.sentenceBreakLocale,
      wordLocale: profile.wordBreakLocale,
      concurrent: concurrent
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
    #expect(firstDifference(segments.sentenceEnds, sentences.offsets) == nil)
    let asked = try ICU.boundaries(
      .word,
      locale: profile.wordBreakLocale,
      inUTF8: bytes,
      withStatuses: true
    )
    #expect(!combined.wordEnds.isEmpty)
    if concurrent == nil { #expect(combined.wordEnds.count > 64 * 4096) }
    #expect(firstDifference(combined.wordEnds, asked.offsets) == nil)
    #expect(firstDifference(combined.wordStatuses, asked.statuses) == nil)
  }

  /// Where two lists first differ, or `nil` when they are equal. (Hundreds of thousands of
  /// boundaries are too many for the test library's own account of unequal collections.)
  private func firstDifference(_ ours: [Int32], _ icu: [Int32]) -> String? {
    guard let index = ours.indices.first(where: { $0 < icu.count && ours[$0] != icu[$0] }) else {
      return ours.count == icu.count ? nil : "\(ours.count) entries, ICU \(icu.count)"
    }
    return "entry \(index): \(ours[index]), ICU \(icu[index])"
  }
}
